import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { ACCOUNT_TYPES_PATH, ACCOUNT_TYPES_SCOPE, accountTypeId } from './fields';

const properties: INodeProperties[] = [accountTypeId, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getAccruedType'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, accountTypeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `${ACCOUNT_TYPES_PATH}/accrued/${id}`,
		scope: ACCOUNT_TYPES_SCOPE,
	});
	return jsonItems(responseRecord(body));
}
