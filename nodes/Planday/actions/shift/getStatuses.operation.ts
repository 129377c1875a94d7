import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['getStatuses'] } },
	properties,
);

/** One item per shift status the portal uses; the list is not paged. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/scheduling/v1.0/shifts/shiftstatus/all',
		scope: 'shift:read',
	});
	return jsonItems(unwrapList(body));
}
