import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter, isEmptyValue } from '../../../shared/parameters';
import { POUNDS_SUFFIX } from '../common.descriptions';
import { fieldName, snakeCase } from '../helpers';
import { accountFields } from './fields';

/**
 * What an emptied field is sent as. Plannr documents `null` only for `groups` ("`null` clears
 * them"); NOT CONFIRMED that `null` empties the other fields too.
 */
export const PLANNR_CLEARED_VALUE = null;

/** The optional account fields an update may empty: texts, dates, people and lists, not choices. */
const CLEARABLE = [
	'assignedAdministratorUuid',
	'assignedAdviserUuid',
	'assignedParaplannerUuid',
	'chargeSplitSchemaUuid',
	'dateOfBirth',
	'departments',
	'entityName',
	'firstContactDate',
	'groups',
	'introducedByUuid',
	'maidenName',
	'middleName',
	'niNumber',
	'phone',
	'title',
	`value${POUNDS_SUFFIX}`,
];

const clearable = accountFields.filter((field) => CLEARABLE.includes(field.name));

/** Said under every field an update leaves alone when it is empty. */
const KEEP_HINT = 'Left empty, an update keeps the current value';
const CLEAR_HINT = `${KEEP_HINT}; to empty it, pick it in Options › Clear Fields`;

/** Field types a user can leave empty (choices and switches always hold a value). */
const CAN_BE_EMPTY = ['string', 'dateTime', 'resourceLocator', 'fixedCollection', 'multiOptions'];

/** The optional account fields of an update, each saying what an empty value does. */
export const accountUpdateFields: INodeProperties[] = accountFields.map((field) => {
	if (CLEARABLE.includes(field.name)) return { ...field, hint: CLEAR_HINT };
	return CAN_BE_EMPTY.includes(field.type) ? { ...field, hint: KEEP_HINT } : field;
});

/** A field outside the collection (the names) that an update keeps when it is empty. */
export const keptWhenEmpty = (field: INodeProperties): INodeProperties => ({
	...field,
	hint: KEEP_HINT,
});

/** Options › Clear Fields: the only way an update empties a stored value. */
export const clearFieldsOption: INodeProperties = {
	displayName: 'Clear Fields',
	name: 'clearFields',
	type: 'multiOptions',
	default: [],
	description:
		'Fields an update empties (sent as null; Plannr documents that for Groups only, so check the result in Plannr). A field left empty above keeps its value.',
	options: clearable
		.map((field) => ({ name: fieldName(field), value: field.name }))
		.sort((a, b) => a.name.localeCompare(b.name)),
};

/**
 * The body entries that empty the fields picked in Clear Fields, e.g. `{ phone: null }`. A field
 * picked there and also given a value is an error naming it: the item says two things.
 */
export function clearedAccountFields(
	context: IExecuteFunctions,
	itemIndex: number,
	given: IDataObject,
): IDataObject {
	const names = context.getNodeParameter('options.clearFields', itemIndex, []) as string[];
	const cleared: IDataObject = {};
	for (const name of names) {
		const field = clearable.find((candidate) => candidate.name === name);
		if (!field) continue;
		if (!isEmptyValue(given[name]))
			throw invalidParameter(
				context,
				itemIndex,
				fieldName(field),
				'A value is given and the field is picked in Clear Fields',
				'Give the field a value or clear it, not both',
			);
		const apiName = name.endsWith(POUNDS_SUFFIX) ? name.slice(0, -POUNDS_SUFFIX.length) : name;
		cleared[snakeCase(apiName)] = PLANNR_CLEARED_VALUE;
	}
	return cleared;
}
