import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceRequestId } from './fields';

const properties: INodeProperties[] = [
	{
		displayName:
			'Planday marks this call as deprecated and points to Deny; it still cancels a submitted request',
		name: 'deprecatedNotice',
		type: 'notice',
		default: '',
	},
	describeId(absenceRequestId, 'The submitted absence request to cancel'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['cancel'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceRequestId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/absence/v1.0/absencerequests/${id}/cancel`,
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
