import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose login changes'),
	{
		displayName: 'New User Name',
		name: 'newUsername',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. anna.jensen@example.com',
		description: 'The new login; Planday requires an email address',
	},
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['changeUserName'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/hr/v1.0/employees/${id}/change_username`,
		body: { newUsername: this.getNodeParameter('newUsername', itemIndex) as string },
		scope: 'employee:update',
	});
	return jsonItems(responseRecord(body));
}
