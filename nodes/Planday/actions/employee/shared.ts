import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { toUtcDateTime } from '../../../shared/dates';

/** Sensitive fields Planday returns only on request, each behind its own scope. */
export const specialFieldsOption: INodeProperties = {
	displayName: 'Include Sensitive Fields',
	name: 'special',
	type: 'multiOptions',
	default: [],
	description: 'Fields Planday returns only when asked for; each needs its own scope on the API app',
	options: [
		{ name: 'Bank Account', value: 'BankAccount' },
		{ name: 'Birth Date', value: 'BirthDate' },
		{ name: 'Social Security Number', value: 'Ssn' },
	],
};

function timeFilter(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'dateTime', default: '', description };
}

/** Filters of both employee lists (active and deactivated). */
export const employeeListFilters: INodeProperties[] = [
	timeFilter('createdFrom', 'Created After', 'Only employees created at or after this time (UTC)'),
	timeFilter('createdTo', 'Created Before', 'Only employees created at or before this time (UTC)'),
	timeFilter('modifiedFrom', 'Modified After', 'Only employees changed (or created) at or after this time (UTC)'),
	timeFilter('modifiedTo', 'Modified Before', 'Only employees changed (or created) at or before this time (UTC)'),
	{
		displayName: 'Search',
		name: 'searchQuery',
		type: 'string',
		default: '',
		description: 'Free text matched against name, email, phone and salary identifier',
	},
];

export const deactivatedFilters: INodeProperties[] = [
	timeFilter('deactivatedFrom', 'Deactivated After', 'Only employees deactivated at or after this time (UTC)'),
	timeFilter('deactivatedTo', 'Deactivated Before', 'Only employees deactivated at or before this time (UTC)'),
];

/** The query of both employee lists: time filters as UTC date-times, sensitive fields as a list. */
export function employeeListQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const special = this.getNodeParameter('options.special', itemIndex, []) as string[];
	const qs: IDataObject = {};
	for (const [name, value] of Object.entries(filters)) {
		if (value === '' || value === undefined || value === null) continue;
		qs[name] = name.endsWith('From') || name.endsWith('To') ? toUtcDateTime(value) : value;
	}
	if (special.length) qs.special = special.join(',');
	if (this.getNodeParameter('options.includeSecurityGroups', itemIndex, false)) {
		qs.includeSecurityGroups = true;
	}
	return qs;
}
