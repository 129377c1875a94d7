import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { toDateOnly } from '../../shared/dates';
import { searchByName, searchPage } from './search';

/** Scheduling list searches, for resource locators. */
export async function searchShifts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// Shifts from today on, labelled so a person can tell them apart.
	const today = new Date();
	const inFourWeeks = new Date(today.getTime() + 28 * 24 * 60 * 60 * 1000);
	return await searchPage(
		this,
		'/scheduling/v1.0/shifts',
		(shift: IDataObject) => ({
			name: `${String(shift.startDateTime ?? shift.date).replace('T', ' ').slice(0, 16)}–${String(shift.endDateTime ?? '').slice(11, 16)} · #${shift.id}${shift.employeeId ? '' : ' (open)'}`,
			value: String(shift.id),
		}),
		filter,
		paginationToken,
		{ from: toDateOnly(today), to: toDateOnly(inFourWeeks) },
	);
}

export const searchShiftTypes = searchByName('/scheduling/v1.0/shifttypes');

export const searchPositions = searchByName('/scheduling/v1.0/positions');
