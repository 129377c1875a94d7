import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	ResourceMapperField,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { filtersCollection } from '../../../shared/descriptions';
import { definedEntries, invalidParameter } from '../../../shared/parameters';
import { plandayIdLocator, plandayIdText } from '../common.descriptions';

export const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee',
	'searchEmployees',
);

/** The name fields Create and Create or Update require. */
export const nameFields: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Anna',
		description: 'The employee’s first name',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Jensen',
		description: 'The employee’s last name',
	},
];

export const userNameField: INodeProperties = {
	displayName: 'User Name',
	name: 'userName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. anna@example.com',
	description: 'The employee’s login; Planday requires an email address',
};

export const departmentIdsField: INodeProperties = {
	displayName: 'Department Names or IDs',
	name: 'departmentIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getDepartments' },
	default: [],
	description: `Departments the employee works in. ${plandayIdText('department', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
};

/**
 * The portal's own employee form (standard and custom `custom_…` fields) as a resource mapper,
 * read from `/employees/fielddefinitions`; required fields are marked as the portal sets them.
 */
export function employeeFieldsMapper(
	name: 'additionalFields' | 'updateFields',
	method: string,
	description: string,
): INodeProperties {
	return {
		displayName: 'Employee Fields',
		name,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: name === 'additionalFields',
		description,
		typeOptions: {
			resourceMapper: {
				resourceMapperMethod: method,
				// Create adds a record; update changes the one picked above, so nothing needs matching.
				mode: name === 'additionalFields' ? 'add' : 'map',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				supportAutoMap: true,
				noFieldsError: 'Planday returned no employee fields for this portal',
			},
		},
	};
}

/**
 * The mapped fields as a request body: empty ones left out, picked dates sent as yyyy-mm-dd. With
 * "Map Automatically" the input item's fields that the portal's form knows are taken as they are.
 */
export function employeeBody(
	this: IExecuteFunctions,
	itemIndex: number,
	name: 'additionalFields' | 'updateFields',
): IDataObject {
	const schema = (this.getNodeParameter(`${name}.schema`, itemIndex, []) ??
		[]) as ResourceMapperField[];
	const mode = this.getNodeParameter(`${name}.mappingMode`, itemIndex, 'defineBelow') as string;
	const known = new Set(schema.filter((field) => field.display).map((field) => field.id));
	const values =
		mode === 'autoMapInputData'
			? Object.fromEntries(
					Object.entries(this.getInputData()[itemIndex].json).filter(([field]) => known.has(field)),
				)
			: ((this.getNodeParameter(`${name}.value`, itemIndex, {}) ?? {}) as IDataObject);
	const dates = new Set(
		schema.filter((field) => field.type === 'dateTime').map((field) => field.id),
	);
	return Object.fromEntries(
		Object.entries(definedEntries(values)).map(([field, value]) => [
			field,
			dates.has(field) ? toDateOnly(value, this.getTimezone()) : value,
		]),
	);
}

/** Sensitive fields Planday returns only on request, each behind its own scope. */
export const specialFieldsOption: INodeProperties = {
	displayName: 'Include Sensitive Fields',
	name: 'special',
	type: 'multiOptions',
	default: [],
	description:
		'Fields Planday returns only when asked for; each needs its own scope on the API app',
	options: [
		{ name: 'Bank Account', value: 'BankAccount' },
		{ name: 'Birth Date', value: 'BirthDate' },
		{ name: 'Social Security Number', value: 'Ssn' },
	],
};

function timeFilter(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'dateTime', default: '', description };
}

/** Filters of both employee lists (active and deactivated). */
const employeeListFilters: INodeProperties[] = [
	timeFilter('createdFrom', 'Created After', 'Only employees created at or after this time (UTC)'),
	timeFilter('createdTo', 'Created Before', 'Only employees created at or before this time (UTC)'),
	timeFilter(
		'modifiedFrom',
		'Modified After',
		'Only employees changed (or created) at or after this time (UTC)',
	),
	timeFilter(
		'modifiedTo',
		'Modified Before',
		'Only employees changed (or created) at or before this time (UTC)',
	),
	{
		displayName: 'Search',
		name: 'searchQuery',
		type: 'string',
		default: '',
		placeholder: 'e.g. anna@example.com',
		description: 'Free text matched against name, email, phone and salary identifier',
	},
];

const deactivatedFilters: INodeProperties[] = [
	timeFilter(
		'deactivatedFrom',
		'Deactivated After',
		'Only employees deactivated at or after this time (UTC)',
	),
	timeFilter(
		'deactivatedTo',
		'Deactivated Before',
		'Only employees deactivated at or before this time (UTC)',
	),
];

/** The Filters collection of the active or the deactivated employee list. */
export function employeeFilters(deactivated: boolean): INodeProperties {
	return filtersCollection(
		deactivated ? [...deactivatedFilters, ...employeeListFilters] : employeeListFilters,
	);
}

/** Every time filter of the employee lists, sent as a UTC date-time. */
export const EMPLOYEE_FILTER_FORMATS = Object.fromEntries(
	[
		'createdFrom',
		'createdTo',
		'modifiedFrom',
		'modifiedTo',
		'deactivatedFrom',
		'deactivatedTo',
	].map((name) => [name, { format: 'dateTime' as const }]),
);

/** The fields of an employee a person or an AI agent usually needs; Simplify returns only these. */
export const SIMPLE_EMPLOYEE_FIELDS = [
	'id',
	'firstName',
	'lastName',
	'email',
	'cellPhone',
	'jobTitle',
	'departments',
	'primaryDepartmentId',
	'employeeGroups',
	'employeeTypeId',
	'hiredFrom',
	'supervisorId',
	'salaryIdentifier',
	'deactivationDate',
	// Sensitive fields appear only when asked for under Include Sensitive Fields.
	'birthDate',
	'ssn',
	'bankAccount',
];

export const TERMINATION_TYPES_PATH = '/hr/v1.0/terminationtypes';

/** NOT CONFIRMED: the scope of the termination types (and whether the list is paged); `employee:read` is the likeliest. */
export const TERMINATION_TYPES_SCOPE = 'employee:read';

export const customPropertyNameField: INodeProperties = {
	displayName: 'Custom Field',
	name: 'customPropertyName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. custom_1003',
	description:
		'The custom field’s key as the employee record shows it (custom_…), e.g. an image or attachment field',
};

/** The custom field's key, checked and encoded for the path. */
export function customPropertyName(context: IExecuteFunctions, itemIndex: number): string {
	const name = String(
		context.getNodeParameter(customPropertyNameField.name, itemIndex, '') ?? '',
	).trim();
	if (!name || name === '.' || name === '..') {
		throw invalidParameter(
			context,
			itemIndex,
			customPropertyNameField.displayName,
			name ? `"${name}" is not a field key` : 'No field given',
			'Give the key the employee record shows, e.g. custom_1003',
		);
	}
	return encodeURIComponent(name);
}
