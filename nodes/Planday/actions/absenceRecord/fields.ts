import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { filterQuery } from '../helpers';

/** Filters shared by the absence lists (records, requests, accounts). */
export function absenceFilters(statusName: string, statuses: string[]): INodeProperties[] {
	return [
		{ displayName: 'Employee ID', name: 'employeeId', type: 'number', default: 0 },
		{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'Only absence up to this day' },
		{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'Only absence from this day' },
		{
			displayName: 'Statuses',
			name: statusName,
			type: 'multiOptions',
			options: statuses.map((status) => ({ name: status, value: status })),
			default: [],
		},
	];
}

export function absenceQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = { ...(this.getNodeParameter('filters', itemIndex, {}) as IDataObject) };
	if (!filters.employeeId) delete filters.employeeId;
	return filterQuery(filters, { startDate: { format: 'date' }, endDate: { format: 'date' } });
}
