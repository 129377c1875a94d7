import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toDateOnly, toUtcDateTime } from '../../shared/dates';
import { poundsToPennies } from './money';
import { snakeCase } from './operations';

/** Money fields typed in pounds end with this and are sent as integer pennies without it. */
const POUNDS_SUFFIX = 'InPounds';

/** A money field the user types in pounds; Plannr receives integer pennies. */
export function poundsField(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName: `${displayName} (£)`,
		name: `${name}${POUNDS_SUFFIX}`,
		type: 'string',
		default: '',
		placeholder: 'e.g. 1250.50',
		description: `${description} In pounds; Plannr stores it as integer pennies and the node converts exactly`,
	};
}

/** `cash_account` → `Cash Account`: a readable label for one of Plannr's values. */
export const valueLabel = (value: string) => value.replace(/[_-]/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());

/** A multi-select of fixed Plannr values (a filter sends them as a comma list). */
export function multiChoice(displayName: string, name: string, values: string[]): INodeProperties {
	return { displayName, name, type: 'multiOptions', default: [], options: values.map((value) => ({ name: valueLabel(value), value })) };
}

/** A multi-select filled from Plannr (groups, tags, accounts), sending their UUIDs. */
export { loadedMultiOptions as uuidsDropdown } from '../../shared/descriptions';

/**
 * Custom-field values, picked from the fields Plannr defines for one model type: values to set
 * (`custom_fields`) or, in Filters, values to match (`filter[custom_field:<reference>]`).
 */
export function customFieldsField(loadOptionsMethod: string, placeholder = 'Add custom field'): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder,
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Custom Field Name or ID',
						name: 'reference',
						type: 'options',
						typeOptions: { loadOptionsMethod },
						default: '',
						description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

/**
 * A Plannr body from camelCase parameters: snake_case names, dates as yyyy-mm-dd, date-times in UTC, pounds as
 * pennies, custom fields as `custom_fields { reference: value }`, `renames` for fields whose API
 * name differs.
 */
export function plannrBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
	options: { dates?: string[]; dateTimes?: string[]; renames?: Record<string, string> } = {},
): IDataObject {
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null || (Array.isArray(value) && !value.length)) continue;
		if (name === 'customFields') {
			const entries = ((value as IDataObject).field as Array<{ reference: string; value: string }> | undefined) ?? [];
			if (entries.length) body.custom_fields = Object.fromEntries(entries.map((entry) => [entry.reference, entry.value]));
		} else if (name.endsWith(POUNDS_SUFFIX)) {
			try {
				body[snakeCase(name.slice(0, -POUNDS_SUFFIX.length))] = poundsToPennies(value);
			} catch (error) {
				throw new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex });
			}
		} else {
			const apiName = options.renames?.[name] ?? snakeCase(name);
			body[apiName] = options.dates?.includes(name) ? toDateOnly(value) : options.dateTimes?.includes(name) ? toUtcDateTime(value) : value;
		}
	}
	return body;
}
