import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { valueLabel } from '../../nodes/Plannr/actions/common.descriptions';
import {
	filterQuery,
	plannrBody,
	snakeCase,
	sortQuery,
	uuidList,
} from '../../nodes/Plannr/actions/helpers';

/** Just enough of an execute context for the pure helpers: fixed parameters, no requests. */
function contextWith(parameters: IDataObject): IExecuteFunctions {
	return {
		getNode: () => ({
			id: 'n',
			name: 'Plannr',
			type: 'plannr',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) =>
			parameters[name] ?? fallback,
		getTimezone: () => 'UTC',
	} as unknown as IExecuteFunctions;
}

describe('Plannr parameter helpers', () => {
	test('names and labels', () => {
		expect(snakeCase('assignedAdviserUuid')).toBe('assigned_adviser_uuid');
		expect(valueLabel('created_at')).toBe('Created At');
		expect(valueLabel('latest_valuations.sub_account')).toBe('Latest Valuations → Sub Account');
		expect(valueLabel('mentionedAccounts')).toBe('Mentioned Accounts');
		expect(uuidList(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
		expect(uuidList(['a', ' b '])).toEqual(['a', 'b']);
	});

	test('filters become filter[...] with comma lists, dates, 1/0 booleans and custom fields', () => {
		const context = contextWith({
			filters: {
				type: ['client', 'external'],
				createdAfter: '2025-06-13T16:58:58+01:00',
				isProspect: false,
				primaryEmail: 'amelia',
				introducedBy: { __rl: true, mode: 'id', value: '9fda3bc7-4b43-43d2-91cb-aea9cd6edd37' },
				customFields: { field: [{ reference: 'risk_profile', value: 'Balanced' }] },
			},
		});

		expect(filterQuery(context, 0, [], ['createdAfter'])).toEqual({
			'filter[type]': 'client,external',
			'filter[created_after]': '2025-06-13',
			'filter[is_prospect]': 0,
			'filter[primary_email]': 'amelia',
			'filter[introduced_by]': '9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
			'filter[custom_field:risk_profile]': 'Balanced',
		});
	});

	test('an empty filter is an error naming it, never "match everything"', () => {
		const context = contextWith({ filters: { primaryEmail: ' ' } });
		expect(() =>
			filterQuery(context, 3, [
				{ displayName: 'Email', name: 'primaryEmail', type: 'string', default: '' },
			]),
		).toThrow("No value given for 'Email' (item 3)");
	});

	test('sort is the field, with a minus when descending', () => {
		expect(sortQuery(contextWith({ sort: { field: 'name', descending: true } }), 0)).toEqual({
			sort: '-name',
		});
		expect(sortQuery(contextWith({ sort: { field: 'name' } }), 0)).toEqual({ sort: 'name' });
		expect(sortQuery(contextWith({}), 0)).toEqual({});
	});

	test('a body: snake_case, pounds as pennies, dates, lists, locators checked as UUIDs, empty values left out', () => {
		const context = contextWith({});
		const properties = [
			{
				displayName: 'Parent Task',
				name: 'parentTaskUuid',
				type: 'resourceLocator' as const,
				default: '',
			},
		];

		expect(
			plannrBody(
				context,
				0,
				{
					valueInPounds: '0.30000000000000004',
					dueAt: '2026-03-31T23:30:00-05:00',
					assignedToUuids: 'a, b',
					parentTaskUuid: {
						__rl: true,
						mode: 'list',
						value: '9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
					},
					description: '',
					customFields: { field: [{ reference: 'billing_code', value: 'B7' }] },
				},
				{ properties, dates: ['dueAt'], lists: ['assignedToUuids'] },
			),
		).toEqual({
			value: 30,
			due_at: '2026-03-31',
			assigned_to_uuids: ['a', 'b'],
			parent_task_uuid: '9fda3bc7-4b43-43d2-91cb-aea9cd6edd37',
			custom_fields: { billing_code: 'B7' },
		});
		expect(() =>
			plannrBody(
				context,
				1,
				{ parentTaskUuid: { __rl: true, mode: 'id', value: '../..' } },
				{ properties },
			),
		).toThrow('"../.." is not a valid Plannr UUID for \'Parent Task\' (item 1)');
	});
});
