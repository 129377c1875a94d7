import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { toDateOnly } from '../../shared/dates';
import { MAX_PAGE_SIZE, plandayApiRequest, unwrapList } from '../transport';
import { getDepartments } from './loadOptions';

/** One page of a Planday list for a resource locator, filtered by `filter` where Planday cannot search itself. */
async function searchPage(
	context: ILoadOptionsFunctions,
	path: string,
	toResult: (record: IDataObject) => { name: string; value: string },
	filter?: string,
	paginationToken?: string,
	qs: IDataObject = {},
	scope?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0);
	const body = (await plandayApiRequest.call(context, {
		method: 'GET',
		path,
		qs: { ...qs, limit: MAX_PAGE_SIZE.default, offset },
		scope,
	})) as IDataObject;
	const records = unwrapList(body);
	const needle = filter?.toLowerCase();
	const results = records
		.map(toResult)
		.filter((result) => !needle || result.name.toLowerCase().includes(needle));
	const total = Number((body?.paging as IDataObject | undefined)?.total ?? 0);
	const next = offset + records.length;
	return { results, paginationToken: records.length && next < total ? String(next) : undefined };
}

/** A record as a search result: its name, and its id as the text a resource locator holds. */
const resultByName = (record: IDataObject) => ({
	name: String(record.name),
	value: String(record.id),
});

/** A resource-locator search over a Planday list, matching names; `scope` is named if Planday refuses. */
function searchByName(path: string, scope: string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		return await searchPage(this, path, resultByName, filter, paginationToken, {}, scope);
	};
}

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

export async function searchSkills(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	// The skills list is one bare array, so it is searched here in full.
	const needle = filter?.toLowerCase();
	const skills = unwrapList(
		await plandayApiRequest.call(this, {
			method: 'GET',
			path: '/hr/v1.0/skills',
			scope: 'skill:read',
		}),
	);
	return {
		results: skills
			.map((skill) => ({ name: String(skill.name), value: String(skill.skillId ?? skill.id) }))
			.filter((result) => !needle || result.name.toLowerCase().includes(needle)),
	};
}

/** How far ahead the shift list looks. */
const UPCOMING_DAYS = 28;

/** Department names by id, for shift labels; without access to departments the ids stand in. */
async function departmentNames(context: ILoadOptionsFunctions): Promise<Map<number, string>> {
	try {
		const departments = await getDepartments.call(context);
		return new Map(departments.map(({ name, value }) => [Number(value), name]));
	} catch {
		return new Map();
	}
}

/** "2026-11-03 08:00–16:00 · Kitchen · #500001", with "(open)" for shifts nobody has. */
function shiftLabel(shift: IDataObject, departments: Map<number, string>): string {
	const start = String(shift.startDateTime ?? shift.date ?? '')
		.replace('T', ' ')
		.slice(0, 16);
	const end = String(shift.endDateTime ?? '').slice(11, 16);
	const department =
		departments.get(Number(shift.departmentId)) ?? `Department ${String(shift.departmentId)}`;
	return `${start}–${end} · ${department}${shift.employeeId ? '' : ' (open)'} · #${String(shift.id)}`;
}

/** Scheduling list searches, for resource locators. */
export async function searchShifts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// Shifts from the portal's today on, labelled so a person can tell them apart; the filter matches
	// the label. The portal's today may still be yesterday in UTC, so the list starts a day earlier.
	const today = new Date();
	const from = new Date(today.getTime() - 24 * 60 * 60 * 1000);
	const until = new Date(today.getTime() + UPCOMING_DAYS * 24 * 60 * 60 * 1000);
	const departments = await departmentNames(this);
	return await searchPage(
		this,
		'/scheduling/v1.0/shifts',
		(shift) => ({ name: shiftLabel(shift, departments), value: String(shift.id) }),
		filter,
		paginationToken,
		{ from: toDateOnly(from), to: toDateOnly(until) },
		'shift:read',
	);
}

export const searchShiftTypes = searchByName('/scheduling/v1.0/shifttypes', 'shifttype:read');

export const searchPositions = searchByName('/scheduling/v1.0/positions', 'shiftposition:read');
