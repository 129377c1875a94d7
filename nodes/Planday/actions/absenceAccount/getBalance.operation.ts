import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceAccountId } from './fields';

const properties: INodeProperties[] = [
	absenceAccountId,
	{
		displayName: 'Balance Date',
		name: 'balanceDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day to read the balance on',
	},
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getBalance'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceAccountId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/absence/v1.0/accounts/${id}/balance`,
		qs: {
			balanceDate: toDateOnly(this.getNodeParameter('balanceDate', itemIndex), this.getTimezone()),
		},
		scope: 'absence:read',
	});
	return jsonItems(responseRecord(body));
}
