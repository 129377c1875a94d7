import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { ACCOUNT_TYPES_PATH, ACCOUNT_TYPES_SCOPE } from './fields';

const properties: INodeProperties[] = [plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getTypes'] } },
	properties,
);

/** One item per account type; the list is not paged. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: ACCOUNT_TYPES_PATH,
		scope: ACCOUNT_TYPES_SCOPE,
	});
	return jsonItems(unwrapList(body));
}
