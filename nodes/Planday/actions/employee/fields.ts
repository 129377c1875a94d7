import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';

export const departmentIdsField: INodeProperties = {
	displayName: 'Department Names or IDs',
	name: 'departmentIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getDepartments' },
	default: [],
	description: 'Departments the employee works in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Optional employee fields, shared by create (Additional Fields) and update (Update Fields). */
export const employeeOptionalFields: INodeProperties[] = [
	{ displayName: 'Birth Date', name: 'birthDate', type: 'dateTime', default: '', description: 'Needs the birthdate scope' },
	{ displayName: 'Cell Phone', name: 'cellPhone', type: 'string', default: '', description: 'Mobile number without the country prefix' },
	{ displayName: 'Cell Phone Country Code', name: 'cellPhoneCountryCode', type: 'string', default: '', placeholder: 'e.g. GB', description: 'ISO 3166 alpha-2 code of the mobile number’s country' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	{
		displayName: 'Employee Group Names or IDs',
		name: 'employeeGroups',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
		default: [],
		description: 'Employee groups (roles) the employee belongs to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Employee Type Name or ID',
		name: 'employeeTypeId',
		type: 'options',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		typeOptions: { loadOptionsMethod: 'getEmployeeTypes' },
		default: '',
	},
	{ displayName: 'Gender', name: 'gender', type: 'options', options: [{ name: 'Female', value: 'Female' }, { name: 'Male', value: 'Male' }], default: 'Female' },
	{ displayName: 'Hired From', name: 'hiredFrom', type: 'dateTime', default: '', description: 'First working day' },
	{ displayName: 'Is Supervisor', name: 'isSupervisor', type: 'boolean', default: false, description: 'Whether the employee can supervise others' },
	{ displayName: 'Job Title', name: 'jobTitle', type: 'string', default: '' },
	{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	{ displayName: 'Phone Country Code', name: 'phoneCountryCode', type: 'string', default: '', placeholder: 'e.g. GB' },
	{
		displayName: 'Primary Department Name or ID',
		name: 'primaryDepartmentId',
		type: 'options',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		default: '',
	},
	{ displayName: 'Salary Identifier', name: 'salaryIdentifier', type: 'string', default: '', description: 'The employee’s number in payroll' },
	{
		displayName: 'Skill Names or IDs',
		name: 'skillIds',
		type: 'multiOptions',
		description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		typeOptions: { loadOptionsMethod: 'getSkills' },
		default: [],
	},
	{ displayName: 'SSN', name: 'ssn', type: 'string', typeOptions: { password: true }, default: '', description: 'Social security number; needs the ssn scope' },
	{ displayName: 'Street 1', name: 'street1', type: 'string', default: '' },
	{ displayName: 'Street 2', name: 'street2', type: 'string', default: '' },
	{ displayName: 'Zip', name: 'zip', type: 'string', default: '' },
];

/** Any field of the portal's own employee form, custom fields (`custom_…`) included. */
export const portalFieldsField: INodeProperties = {
	displayName: 'Portal Fields',
	name: 'portalFields',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add portal field',
	default: {},
	description: 'Fields defined by this Planday portal, custom fields included, as listed by the portal’s employee field definitions',
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Field Name or ID',
					name: 'name',
					type: 'options',
					description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					typeOptions: { loadOptionsMethod: 'getEmployeeFields' },
					default: '',
				},
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

const DATE_FIELDS = ['birthDate', 'hiredFrom'];

/** The request body from the optional fields and portal fields; department ids go to `departments`. */
export function employeeBody(this: IExecuteFunctions, itemIndex: number, collection: string): IDataObject {
	const fields = { ...(this.getNodeParameter(collection, itemIndex, {}) as IDataObject) };
	const body: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null || (Array.isArray(value) && !value.length)) continue;
		if (name === 'departmentIds') body.departments = value;
		else body[name] = DATE_FIELDS.includes(name) ? toDateOnly(value) : value;
	}
	const portalFields = this.getNodeParameter('portalFields.field', itemIndex, []) as Array<{ name: string; value: string }>;
	for (const { name, value } of portalFields) if (name) body[name] = value;
	return body;
}
