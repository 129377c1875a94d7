import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { toDateOnly } from '../../shared/dates';
import { getDepartments } from './hrOptions';
import { searchByName, searchPage } from './search';

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
	const start = String(shift.startDateTime ?? shift.date ?? '').replace('T', ' ').slice(0, 16);
	const end = String(shift.endDateTime ?? '').slice(11, 16);
	const department = departments.get(Number(shift.departmentId)) ?? `Department ${String(shift.departmentId)}`;
	return `${start}–${end} · ${department}${shift.employeeId ? '' : ' (open)'} · #${String(shift.id)}`;
}

/** Scheduling list searches, for resource locators. */
export async function searchShifts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// Shifts from today on, labelled so a person can tell them apart; the filter matches the label.
	const today = new Date();
	const until = new Date(today.getTime() + UPCOMING_DAYS * 24 * 60 * 60 * 1000);
	const departments = await departmentNames(this);
	return await searchPage(
		this,
		'/scheduling/v1.0/shifts',
		(shift) => ({ name: shiftLabel(shift, departments), value: String(shift.id) }),
		filter,
		paginationToken,
		{ from: toDateOnly(today), to: toDateOnly(until) },
		'shift:read',
	);
}

export const searchShiftTypes = searchByName('/scheduling/v1.0/shifttypes', 'shifttype:read');

export const searchPositions = searchByName('/scheduling/v1.0/positions', 'shiftposition:read');
