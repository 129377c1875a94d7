import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { plandayApiRequest, unwrapData } from '../transport';

/** One property of the portal's employee form (JSON Schema draft-04, as `/employees/fielddefinitions` gives it). */
export interface FieldSchema {
	type?: string | string[];
	format?: string;
	title?: string;
	description?: string;
	enum?: Array<string | number>;
	$ref?: string;
	readOnly?: boolean;
}

export interface FormSchema {
	required?: string[];
	properties?: Record<string, FieldSchema>;
	definitions?: Record<string, FieldSchema>;
}

/** The fields Create and Create or Update ask for as parameters of their own, not in the form's mapper. */
export const OWN_EMPLOYEE_FIELDS = ['firstName', 'lastName', 'userName', 'departments'];

const LABELS: Record<string, string> = {
	departments: 'Department IDs',
	employeeGroups: 'Employee Group IDs',
	skillIds: 'Skill IDs',
	ssn: 'SSN',
};

/** `primaryDepartmentId` → `Primary Department ID`. */
export function label(id: string, schema: FieldSchema): string {
	if (schema.title) return schema.title;
	if (LABELS[id]) return LABELS[id];
	const words = id.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/Id$/, 'ID');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field that points at a shared definition (`$ref`), with that definition merged in. */
export function resolve(schema: FieldSchema, definitions: FormSchema['definitions']): FieldSchema {
	const name = schema.$ref?.split('/').pop();
	return name && definitions?.[name]
		? { ...definitions[name], ...schema, $ref: undefined }
		: schema;
}

/** The portal's employee form for a create (`Post`) or an update (`Put`). */
export async function employeeForm(
	context: ILoadOptionsFunctions,
	type: 'Post' | 'Put',
): Promise<FormSchema> {
	return unwrapData(
		await plandayApiRequest.call(context, {
			method: 'GET',
			path: '/hr/v1.0/employees/fielddefinitions',
			qs: { type },
			scope: 'employee:read',
		}),
	) as FormSchema;
}
