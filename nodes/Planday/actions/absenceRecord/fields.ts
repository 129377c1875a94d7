import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/descriptions';
import { plandayIdLocator } from '../common.descriptions';
import type { FilterFormat } from '../helpers';
import type { ArrayQueryFormat } from '../../transport';

/**
 * How the absence lists take an array in the query: the parameter once per value
 * (`statuses=Approved&statuses=Declined`). Planday's Absence OpenAPI types these parameters as
 * arrays and gives no `style`, so OpenAPI's default for a query array applies (style `form`,
 * `explode: true`: repeated); Planday's MCP client sends absence statuses the same way.
 */
export const ABSENCE_ARRAY_QUERY_FORMAT: ArrayQueryFormat = 'repeat';

export const absenceRecordId = plandayIdLocator(
	'absenceRecordId',
	'Absence Record',
	'The absence record',
);

/** The Filters collection of the absence lists (records, requests, accounts); their status filters differ. */
export function absenceFilters(statusName: string, statuses: string[]): INodeProperties {
	return filtersCollection([
		{
			...plandayIdLocator(
				'employeeId',
				'Employee',
				'Only this employee’s absence',
				'searchEmployees',
			),
			required: false,
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'Only absence up to this day',
		},
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'Only absence from this day',
		},
		{
			displayName: 'Statuses',
			name: statusName,
			type: 'multiOptions',
			options: statuses.map((status) => ({ name: status, value: status })),
			default: [],
			description: 'Only absence with one of these statuses',
		},
	]);
}

export const ABSENCE_FILTER_FORMATS: Record<string, { format: FilterFormat }> = {
	employeeId: { format: 'id' },
	startDate: { format: 'date' },
	endDate: { format: 'date' },
};
