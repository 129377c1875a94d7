import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { plandayApiRequest, unwrapList } from '../transport';
import { optionsByName } from './options';

export const getDepartments = optionsByName('/hr/v1.0/departments', 'department:read');

export const getEmployeeGroups = optionsByName('/hr/v1.0/employeegroups', 'employeegroup:read');

export const getEmployeeTypes = optionsByName('/hr/v1.0/employeetypes', 'employeetype:read');

export async function getSkills(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skills = unwrapList(await plandayApiRequest.call(this, { method: 'GET', path: '/hr/v1.0/skills', scope: 'skill:read' }));
	return skills.map((skill) => ({ name: String(skill.name), value: Number(skill.skillId ?? skill.id) }));
}
