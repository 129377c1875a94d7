import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';

const properties: INodeProperties[] = [
	{
		displayName: 'For',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Create', value: 'Post', description: 'Fields accepted when creating an employee' },
			{ name: 'Update', value: 'Put', description: 'Fields accepted when updating an employee' },
		],
		default: 'Post',
		description: 'Which form to read: the one for new employees or the one for changes',
	},
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getFieldDefinitions'] } },
	properties,
);

/** One item: the form as JSON Schema (`required`, `properties`, custom fields as `custom_…`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/hr/v1.0/employees/fielddefinitions',
		qs: { type: this.getNodeParameter('type', itemIndex) as string },
		scope: 'employee:read',
	});
	return jsonItems(responseRecord(body));
}
