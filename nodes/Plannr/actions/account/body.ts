import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { definedEntries } from '../../../shared/operations';
import { plannrBody } from '../fields';
import { uuidList } from '../helpers';
import { ACCOUNT_DATE_FIELDS } from './fields';

/** An account body: addresses become Plannr's `address` list, departments a list. */
export function accountBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const { addresses, ...rest } = fields;
	const body = plannrBody.call(this, itemIndex, rest, { dates: ACCOUNT_DATE_FIELDS });
	if (typeof body.departments === 'string') body.departments = uuidList(body.departments);
	const address = ((addresses as IDataObject | undefined)?.address as IDataObject[] | undefined) ?? [];
	// Unfilled address lines arrive as empty strings; Plannr should not store them.
	if (address.length) body.address = address.map((entry) => definedEntries(entry));
	return body;
}
