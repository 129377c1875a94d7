import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { plandayApiRequest, unwrapList } from '../transport';
import { searchByName, searchPage } from './search';

/** HR list searches, for resource locators. */
export async function searchEmployees(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// Planday searches employees itself, by name, email or phone.
	return await searchPage(
		this,
		'/hr/v1.0/employees',
		(employee) => ({
			name: `${employee.firstName ?? ''} ${employee.lastName ?? ''}`.trim() || String(employee.id),
			value: String(employee.id),
		}),
		undefined,
		paginationToken,
		filter ? { searchQuery: filter } : {},
		'employee:read',
	);
}

export const searchDepartments = searchByName('/hr/v1.0/departments', 'department:read');

export const searchEmployeeGroups = searchByName('/hr/v1.0/employeegroups', 'employeegroup:read');

export async function searchSkills(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	// The skills list is one bare array, so it is searched here in full.
	const needle = filter?.toLowerCase();
	const skills = unwrapList(await plandayApiRequest.call(this, { method: 'GET', path: '/hr/v1.0/skills', scope: 'skill:read' }));
	return {
		results: skills
			.map((skill) => ({ name: String(skill.name), value: String(skill.skillId ?? skill.id) }))
			.filter((result) => !needle || result.name.toLowerCase().includes(needle)),
	};
}
