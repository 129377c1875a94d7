import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import {
	MAX_PAGE_SIZE,
	plandayApiRequest,
	plandayApiRequestAllItems,
	unwrapData,
} from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { upsert } from '../upsert';
import { departmentBody, nameField, numberField } from './fields';

const properties: INodeProperties[] = [
	describeId(
		nameField,
		'The department name, which finds the department (ignoring case and surrounding spaces)',
	),
	additionalFieldsCollection([numberField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['department'], operation: ['upsert'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = departmentBody.call(this, itemIndex, 'additionalFields');
	return await upsert(this, itemIndex, body.name, {
		what: 'department',
		keyDisplayName: nameField.displayName,
		list: async () =>
			await plandayApiRequestAllItems.call(
				this,
				{ method: 'GET', path: '/hr/v1.0/departments', scope: 'department:read' },
				MAX_PAGE_SIZE.default,
			),
		keyOf: (department) => department.name,
		create: async () =>
			unwrapData(
				await plandayApiRequest.call(this, {
					method: 'POST',
					path: '/hr/v1.0/departments',
					body,
					scope: 'department:create',
				}),
			),
		update: async (department, id) => {
			// Planday replaces the department, so the name and the number it keeps are sent.
			const replacement: IDataObject = {
				name: body.name,
				number: body.number ?? department.number,
			};
			await plandayApiRequest.call(this, {
				method: 'PUT',
				path: `/hr/v1.0/departments/${id}`,
				body: replacement,
				scope: 'department:update',
			});
			return { ...department, ...replacement };
		},
	});
}
