import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['getTypes'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/absence/v1.0/absencetypes',
		// Planday Absence OpenAPI: "Authorization policy: absence read" (tag AbsenceTypes: absence:read).
		scope: 'absence:read',
	});
	return jsonItems(unwrapList(body));
}
