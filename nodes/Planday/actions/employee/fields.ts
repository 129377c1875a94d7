import type { IDataObject, IExecuteFunctions, INodeProperties, ResourceMapperField } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { definedEntries } from '../../../shared/operations';

export const departmentIdsField: INodeProperties = {
	displayName: 'Department Names or IDs',
	name: 'departmentIds',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getDepartments' },
	default: [],
	description: 'Departments the employee works in. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/**
 * The portal's own employee form (standard and custom `custom_…` fields) as a resource mapper,
 * read from `/employees/fielddefinitions`; required fields are marked as the portal sets them.
 */
export function employeeFieldsMapper(name: 'additionalFields' | 'updateFields', method: string, description: string): INodeProperties {
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
export function employeeBody(this: IExecuteFunctions, itemIndex: number, name: 'additionalFields' | 'updateFields'): IDataObject {
	const schema = (this.getNodeParameter(`${name}.schema`, itemIndex, []) ?? []) as ResourceMapperField[];
	const mode = this.getNodeParameter(`${name}.mappingMode`, itemIndex, 'defineBelow') as string;
	const known = new Set(schema.filter((field) => field.display).map((field) => field.id));
	const values =
		mode === 'autoMapInputData'
			? Object.fromEntries(Object.entries(this.getInputData()[itemIndex].json).filter(([field]) => known.has(field)))
			: ((this.getNodeParameter(`${name}.value`, itemIndex, {}) ?? {}) as IDataObject);
	const dates = new Set(schema.filter((field) => field.type === 'dateTime').map((field) => field.id));
	return Object.fromEntries(
		Object.entries(definedEntries(values)).map(([field, value]) => [field, dates.has(field) ? toDateOnly(value) : value]),
	);
}
