import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { plandayApiRequest, unwrapList } from '../transport';
import { byName, optionsFromList } from './options';

export async function getDepartments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/hr/v1.0/departments', byName);
}

export async function getEmployeeGroups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/hr/v1.0/employeegroups', byName);
}

export async function getEmployeeTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/hr/v1.0/employeetypes', byName);
}

export async function getSkills(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skills = unwrapList(await plandayApiRequest.call(this, { method: 'GET', path: '/hr/v1.0/skills' }));
	return skills.map((skill) => ({ name: String(skill.name), value: Number(skill.skillId ?? skill.id) }));
}

/** The fields of the portal's employee form (JSON schema), custom fields named by their label. */
export async function getEmployeeFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = (await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/hr/v1.0/employees/fielddefinitions',
		qs: { type: 'Post' },
	})) as { data?: { properties?: Record<string, { title?: string; description?: string }> } };
	return Object.entries(body?.data?.properties ?? {})
		.map(([name, schema]) => ({ name: schema.title ? `${schema.title} (${name})` : name, value: name }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
