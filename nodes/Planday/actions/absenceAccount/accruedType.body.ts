import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkedNumber, definedEntries, invalidParameter } from '../../../shared/parameters';
import { idValue } from '../helpers';
import { accruedTypeOptionalFields } from './accruedType.fields';

/** `AmountUnitInput<WorkDayLengthInOut>.type` and `AmountUnitInput<VacationEarningsInOut>.type`: one value each in the spec. */
const WORK_DAY_UNIT = 'Hours';
const EARNINGS_UNIT = 'Money';

type Reader = (name: string) => string | number;

/** A choice checked against the field's options: expressions and AI models can give anything. */
function checkedChoice(
	context: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): string {
	const allowed = (property.options as Array<{ value: string }>).map((option) => option.value);
	if (allowed.includes(String(value))) return String(value);
	throw invalidParameter(
		context,
		itemIndex,
		property.displayName,
		`"${String(value)}" is not a value Planday takes (${allowed.filter(Boolean).join(', ')})`,
	);
}

/** The value of one field, checked as its type says, named by its display name in errors. */
function checked(
	context: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
	value: unknown,
): string | number {
	if (property.type === 'number') return checkedNumber(context, itemIndex, property, value);
	if (property.type === 'options') return checkedChoice(context, itemIndex, property, value);
	if (typeof value !== 'string' || value.trim() === '')
		throw invalidParameter(context, itemIndex, property.displayName, 'No value given');
	return value;
}

/**
 * A reader of one required fixed collection's values: each sub-field checked and named
 * "Collection › Field". A collection the user removed is refused: Planday requires it.
 */
function collectionReader(
	context: IExecuteFunctions,
	itemIndex: number,
	property: INodeProperties,
): Reader {
	const collection = context.getNodeParameter(property.name, itemIndex, {}) as IDataObject;
	const values = collection?.values as IDataObject | undefined;
	if (typeof values !== 'object' || values === null || Array.isArray(values))
		throw invalidParameter(
			context,
			itemIndex,
			property.displayName,
			'No value given',
			`Planday requires ${property.displayName}: add its values`,
		);
	const fields = (property.options as Array<{ values: INodeProperties[] }>)[0].values;
	return (name) => {
		const field = fields.find((candidate) => candidate.name === name) as INodeProperties;
		const named = { ...field, displayName: `${property.displayName} › ${field.displayName}` };
		return checked(context, itemIndex, named, values[name] ?? field.default);
	};
}

/** The body shape of each nested field, from its checked values. */
const NESTED: Record<string, (read: Reader) => IDataObject> = {
	amount: (read) => ({ value: read('value'), unit: { type: read('unit') } }),
	period: (read) => ({
		start: { day: read('startDay'), month: read('startMonth') },
		value: read('length'),
	}),
	workDayLength: (read) => ({
		fixedLength: { value: read('hours'), unit: { type: WORK_DAY_UNIT } },
		...calculationPeriod(read),
	}),
	vacationEarnings: (read) => ({
		value: { value: read('amount'), unit: { type: EARNINGS_UNIT } },
		...calculationPeriod(read),
	}),
	carryOver: (read) => ({
		max: { value: read('max'), unit: { type: read('unit') } },
		validTo: { day: read('validToDay'), month: read('validToMonth') },
	}),
};

function calculationPeriod(read: Reader): IDataObject {
	const period = read('calculationPeriod');
	return period ? { calculationPeriod: period } : {};
}

function shapeOf(property: INodeProperties): (read: Reader) => IDataObject {
	if (property.name in NESTED) return NESTED[property.name];
	if (property.name.endsWith('Period')) return NESTED.period;
	return NESTED.amount;
}

/**
 * The body of `CreateAccruedAccountTypeInput` / `UpdateAccruedAccountTypeInput` from the
 * operation's required fields and its collection of optional ones.
 */
export function accruedTypeBody(
	context: IExecuteFunctions,
	itemIndex: number,
	required: INodeProperties[],
	optional: 'additionalFields' | 'updateFields',
): IDataObject {
	const body: IDataObject = {};
	for (const property of required) {
		if (property.type === 'fixedCollection') {
			body[property.name] = shapeOf(property)(collectionReader(context, itemIndex, property));
			continue;
		}
		const value = checked(
			context,
			itemIndex,
			property,
			context.getNodeParameter(property.name, itemIndex, ''),
		);
		body[property.name] = property.name === 'spendingUnit' ? { type: value } : value;
	}
	const extra = definedEntries(context.getNodeParameter(optional, itemIndex, {}) as IDataObject);
	for (const [name, value] of Object.entries(extra)) {
		const field = accruedTypeOptionalFields.find((candidate) => candidate.name === name);
		if (field?.type === 'options') checkedChoice(context, itemIndex, field, value);
		if (name === 'employeeTypes')
			extra[name] = (Array.isArray(value) ? value : String(value).split(',')).map((id) =>
				idValue(context, itemIndex, field?.displayName ?? name, id),
			);
	}
	return { ...body, ...extra };
}
