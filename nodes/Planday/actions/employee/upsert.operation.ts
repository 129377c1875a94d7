import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import {
	MAX_PAGE_SIZE,
	plandayApiRequest,
	plandayApiRequestAllItems,
	unwrapData,
} from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { upsert } from '../upsert';
import {
	departmentIdsField,
	employeeBody,
	employeeFieldsMapper,
	nameFields,
	userNameField,
} from './fields';

const properties: INodeProperties[] = [
	describeId(
		userNameField,
		'The employee’s login (an email address), which finds the employee among the active ones, ignoring case',
	),
	...nameFields,
	{ ...departmentIdsField, required: true },
	employeeFieldsMapper(
		'additionalFields',
		'getEmployeeCreateFields',
		'Any other field of the portal’s employee form, custom fields included; on an update only the fields given change. Dates are sent as yyyy-mm-dd.',
	),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['upsert'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const userName = this.getNodeParameter('userName', itemIndex) as string;
	const fields: IDataObject = {
		firstName: this.getNodeParameter('firstName', itemIndex) as string,
		lastName: this.getNodeParameter('lastName', itemIndex) as string,
		departments: this.getNodeParameter('departmentIds', itemIndex) as number[],
		...employeeBody.call(this, itemIndex, 'additionalFields'),
	};
	return await upsert(this, itemIndex, userName, {
		what: 'employee',
		keyDisplayName: userNameField.displayName,
		list: async () =>
			await plandayApiRequestAllItems.call(
				this,
				{ method: 'GET', path: '/hr/v1.0/employees', scope: 'employee:read' },
				MAX_PAGE_SIZE.default,
			),
		keyOf: (employee) => employee.userName,
		create: async () =>
			unwrapData(
				await plandayApiRequest.call(this, {
					method: 'POST',
					path: '/hr/v1.0/employees',
					body: { userName, ...fields },
					scope: 'employee:create',
				}),
			),
		update: async (employee, id) => {
			// A partial body; the user name already matches (changing it takes Change User Name).
			await plandayApiRequest.call(this, {
				method: 'PUT',
				path: `/hr/v1.0/employees/${id}`,
				body: fields,
				scope: 'employee:update',
			});
			return { ...employee, ...fields };
		},
	});
}
