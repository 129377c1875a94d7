import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { departmentId } from './fields';

const properties: INodeProperties[] = [
	describeId(departmentId, 'The department to get'),
	plandayOptions({
		displayName: 'Include Deleted',
		name: 'includeDeleted',
		type: 'boolean',
		default: false,
		description: 'Whether to return the department even if it was deleted',
	}),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, departmentId, itemIndex);
	const includeDeleted = this.getNodeParameter(
		'options.includeDeleted',
		itemIndex,
		false,
	) as boolean;
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/departments/${id}`,
		qs: includeDeleted ? { includeDeleted: true } : undefined,
		scope: 'department:read',
	});
	return jsonItems(responseRecord(body));
}
