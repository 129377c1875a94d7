import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';

/** NOT CONFIRMED: Plannr names this v2 route (and a bulk delete of linked policy numbers) but documents no fields, filters or paging. */
const UNCONFIRMED_LINKED_POLICY_NUMBERS =
	'Plannr documents no fields, filters or paging for this list; the node reads it as a paginated list';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_LINKED_POLICY_NUMBERS),
	...returnAllOrLimit(),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getLinkedPolicyNumbers'] } },
	properties,
);

/** `GET /api/v2/plans/linked-policy-numbers`, page by page: policy numbers linked to the firm's plans; one item each. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const linked = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: '/api/v2/plans/linked-policy-numbers' },
		limitParameter(this, itemIndex),
	);
	return jsonItems(linked);
}
