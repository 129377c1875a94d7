import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import {
	optionsCollection,
	unconfirmedNotice,
	UNCONFIRMED_LIST_RESPONSE,
} from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { planLocator } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice(UNCONFIRMED_LIST_RESPONSE),
	planLocator,
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getCover'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}/cover`, page by page; one item per cover of a protection plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/plans/${planUuid}/cover`,
		}),
	);
}
