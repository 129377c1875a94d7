import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import {
	MAX_PAGE_SIZE,
	plandayApiRequest,
	plandayApiRequestAllItems,
	unwrapData,
} from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { upsert } from '../upsert';
import { nameField } from './fields';

const properties: INodeProperties[] = [
	describeId(
		nameField,
		'The employee group name, which finds the group (ignoring case and surrounding spaces)',
	),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employeeGroup'], operation: ['upsert'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const name = this.getNodeParameter('name', itemIndex) as string;
	return await upsert(this, itemIndex, name, {
		what: 'employee group',
		keyDisplayName: nameField.displayName,
		list: async () =>
			await plandayApiRequestAllItems.call(
				this,
				{ method: 'GET', path: '/hr/v1.0/employeegroups', scope: 'employeegroup:read' },
				MAX_PAGE_SIZE.default,
			),
		keyOf: (group) => group.name,
		create: async () =>
			unwrapData(
				await plandayApiRequest.call(this, {
					method: 'POST',
					path: '/hr/v1.0/employeegroups',
					body: { name },
					scope: 'employeegroup:create',
				}),
			),
		update: async (group, id) => {
			await plandayApiRequest.call(this, {
				method: 'PUT',
				path: `/hr/v1.0/employeegroups/${id}`,
				body: { name },
				scope: 'employeegroup:update',
			});
			return { ...group, name };
		},
	});
}
