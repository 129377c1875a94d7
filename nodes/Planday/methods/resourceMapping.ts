import type {
	FieldType,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import {
	employeeForm,
	label,
	OWN_EMPLOYEE_FIELDS,
	resolve,
	type FieldSchema,
} from './employeeForm';
import { getDepartments, getEmployeeTypes } from './loadOptions';

/** Fields that take an id from one of the portal's lists, offered as dropdowns. */
const ID_FIELD_OPTIONS: Record<
	string,
	(this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>
> = {
	primaryDepartmentId: getDepartments,
	employeeTypeId: getEmployeeTypes,
};

function fieldType(schema: FieldSchema): FieldType {
	const types = ([] as string[]).concat(schema.type ?? 'string').filter((type) => type !== 'null');
	if (schema.enum) return 'options';
	// Planday takes calendar dates (yyyy-mm-dd); the node converts picked dates on the way out.
	if (schema.format === 'date') return 'dateTime';
	if (types.includes('boolean')) return 'boolean';
	if (types.includes('integer') || types.includes('number')) return 'number';
	if (types.includes('array')) return 'array';
	if (types.includes('object')) return 'object';
	return 'string';
}

/** The portal's employee form for a create (`Post`) or an update (`Put`), minus the node's own parameters. */
async function employeeFields(
	context: ILoadOptionsFunctions,
	type: 'Post' | 'Put',
	ownParameters: string[],
): Promise<ResourceMapperFields> {
	const form = await employeeForm(context, type);
	const required = new Set(form.required ?? []);
	const fields: ResourceMapperField[] = [];
	for (const [id, raw] of Object.entries(form.properties ?? {})) {
		if (ownParameters.includes(id)) continue;
		const schema = resolve(raw, form.definitions);
		const loadOptions = ID_FIELD_OPTIONS[id];
		const options = loadOptions
			? await loadOptions.call(context)
			: schema.enum?.map((value) => ({ name: String(value), value }));
		fields.push({
			id,
			displayName: label(id, schema),
			required: required.has(id),
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: !schema.readOnly,
			type: options ? 'options' : fieldType(schema),
			...(options ? { options } : {}),
		});
	}
	return {
		fields,
		emptyFieldsNotice: 'This Planday portal’s employee form has no further fields',
	};
}

/** Create: every field but first name, last name, user name and departments (the node asks for those itself). */
export async function getEmployeeCreateFields(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await employeeFields(this, 'Post', OWN_EMPLOYEE_FIELDS);
}

/** Update: every field the portal lets an update change. */
export async function getEmployeeUpdateFields(
	this: ILoadOptionsFunctions,
): Promise<ResourceMapperFields> {
	return await employeeFields(this, 'Put', []);
}
