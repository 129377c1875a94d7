import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';

/**
 * NOT CONFIRMED: Plannr's reference has no page for this lookup; an independent public client
 * calls `GET /api/v1/static/nationalities` and reads `data[].nationality`.
 */
const NATIONALITIES_PATH = '/api/v1/static/nationalities';

const properties: INodeProperties[] = [
	unconfirmedNotice(
		'Plannr’s reference does not document this lookup; the node reads the route other clients use',
	),
	...returnAllOrLimit(),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['nationality'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/static/nationalities` (NOT CONFIRMED); one item per nationality, as Plannr sends it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const nationalities = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: NATIONALITIES_PATH },
		limitParameter(this, itemIndex),
	);
	return jsonItems(nationalities);
}
