import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { ACCOUNT_TYPES_PATH, accountTypeId } from './fields';

const properties: INodeProperties[] = [
	describeId(accountTypeId, 'The account type to delete'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['deleteType'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, accountTypeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: `${ACCOUNT_TYPES_PATH}/${id}`,
		// Planday Absence OpenAPI: "Authorization policy: absencesettings delete".
		scope: 'absencesettings:delete',
	});
	return jsonItems(responseRecord(body));
}
