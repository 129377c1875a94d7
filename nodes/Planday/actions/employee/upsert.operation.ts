import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { definedEntries, invalidParameter, isEmptyValue } from '../../../shared/parameters';
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

/**
 * What an emptied field is sent as. NOT CONFIRMED: Planday documents partial updates, not how a
 * field is emptied; `null` is the JSON for "no value".
 */
export const PLANDAY_CLEARED_VALUE = null;

const KEEP_HINT = 'Left empty, an update keeps the current value';

const clearFieldsOption: INodeProperties = {
	displayName: 'Clear Field Names or IDs',
	name: 'clearFields',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getEmployeeClearableFields' },
	default: [],
	description:
		'Fields of the portal’s employee form an update empties (sent as null, unconfirmed: check the result in Planday); a field left empty keeps its value. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const properties: INodeProperties[] = [
	describeId(
		userNameField,
		'The employee’s login (an email address), which finds the employee among the active ones, ignoring case',
	),
	...nameFields.map((field) => ({ ...field, hint: KEEP_HINT })),
	{ ...departmentIdsField, required: true, hint: KEEP_HINT },
	employeeFieldsMapper(
		'additionalFields',
		'getEmployeeCreateFields',
		'Any other field of the portal’s employee form, custom fields included; on an update only the fields given change, and empty ones keep their values (to empty one, pick it in Options › Clear Field Names or IDs). Dates are sent as yyyy-mm-dd.',
	),
	plandayOptions(clearFieldsOption),
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
	// An update sends only what has a value, so empty fields keep theirs; Clear Fields empties.
	const changes = definedEntries(fields);
	const cleared: IDataObject = {};
	for (const field of this.getNodeParameter('options.clearFields', itemIndex, []) as string[]) {
		if (!isEmptyValue(changes[field]))
			throw invalidParameter(
				this,
				itemIndex,
				field,
				'A value is given and the field is picked in Clear Fields',
				'Give the field a value or clear it, not both',
			);
		cleared[field] = PLANDAY_CLEARED_VALUE;
	}
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
			const body = { ...changes, ...cleared };
			await plandayApiRequest.call(this, {
				method: 'PUT',
				path: `/hr/v1.0/employees/${id}`,
				body,
				scope: 'employee:update',
			});
			return { ...employee, ...body };
		},
	});
}
