import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';

/** NOT CONFIRMED: Plannr names the v2 contact-details route but documents no fields, filters or paging. */
const UNCONFIRMED_CONTACT_DETAILS =
	'Plannr documents no fields, filters or paging for contact details; the node reads them as a paginated list';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_CONTACT_DETAILS),
	...returnAllOrLimit(),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contactDetail'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v2/contact-details`, page by page: the firm's e-mail addresses and phone numbers; one item each. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const details = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v2/contact-details' },
		limitParameter(this, itemIndex),
	);
	return jsonItems(details);
}
