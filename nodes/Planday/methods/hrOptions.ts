import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { plandayApiRequest, unwrapList } from '../transport';
import { optionsByName } from './options';

export const getDepartments = optionsByName('/hr/v1.0/departments');

export const getEmployeeGroups = optionsByName('/hr/v1.0/employeegroups');

export const getEmployeeTypes = optionsByName('/hr/v1.0/employeetypes');

export async function getSkills(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skills = unwrapList(await plandayApiRequest.call(this, { method: 'GET', path: '/hr/v1.0/skills', scope: 'skill:read' }));
	return skills.map((skill) => ({ name: String(skill.name), value: Number(skill.skillId ?? skill.id) }));
}
