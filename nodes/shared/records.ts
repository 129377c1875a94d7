import type { IDataObject } from 'n8n-workflow';

/** The record with only `fields` (those it has), for the Simplify switch. */
export function pickFields(record: IDataObject, fields: string[]): IDataObject {
	return Object.fromEntries(
		fields.filter((field) => field in record).map((field) => [field, record[field]]),
	);
}
