import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { invalidParameter, isEmptyValue, isResourceLocatorValue } from '../../../shared/parameters';
import { idValue } from '../helpers';
import { optionalShiftFields, requiredShiftFields } from './fields';

const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

const DISPLAY_NAMES = Object.fromEntries(
	[...requiredShiftFields, ...optionalShiftFields].map((field) => [
		field.name,
		field.displayName.replace(/ Names? or IDs?$/, ''),
	]),
);

/** A shift body from parameters: the date as yyyy-mm-dd, times checked as HH:mm, ids as numbers; empty fields left out. */
export function shiftBody(
	this: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	for (const [name, given] of Object.entries(fields)) {
		const value = isResourceLocatorValue(given) ? given.value : given;
		if (isEmptyValue(value)) continue;
		const displayName = DISPLAY_NAMES[name] ?? name;
		if ((name === 'startTime' || name === 'endTime') && !TIME.test(String(value))) {
			throw invalidParameter(
				this,
				itemIndex,
				displayName,
				`"${String(value)}" is not a time like 08:30`,
			);
		}
		body[name] = shiftValue.call(this, name, displayName, value as IDataObject[string], itemIndex);
	}
	return body;
}

/** Ids that arrive as strings (from expressions or AI tools) become the numbers Planday's JSON binding wants. */
const ID_FIELDS = ['departmentId', 'employeeGroupId', 'employeeId', 'positionId', 'shiftTypeId'];

function shiftValue(
	this: IExecuteFunctions,
	name: string,
	displayName: string,
	value: IDataObject[string],
	itemIndex: number,
): IDataObject[string] {
	if (name === 'date') return toDateOnly(value, this.getTimezone());
	if (ID_FIELDS.includes(name)) return idValue(this, itemIndex, displayName, value);
	if (name === 'skillIds')
		return (Array.isArray(value) ? value : String(value).split(',')).map((id) =>
			idValue(this, itemIndex, displayName, id),
		);
	return value;
}
