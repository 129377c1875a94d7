import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { PLANNR_PAT_CREDENTIAL_ID } from '../harness/plannr';
import { preferredAccount, requestLine, usePlannr } from './support';

const { listSearch, loadOptions } = new Plannr().methods;

describe('Plannr editor lists', () => {
	const plannr = usePlannr();
	let context: ILoadOptionsFunctions;
	const data = () => plannr.sandbox.state.data;
	const lastRequest = (path: RegExp) => plannr.sandbox.server.requests(path).at(-1)!;

	beforeAll(() => {
		context = plannr.engine.loadOptionsContext(
			'plannr',
			{ authentication: 'accessToken', resource: 'task', operation: 'get' },
			{ plannrApi: PLANNR_PAT_CREDENTIAL_ID },
		);
	});

	test('account search asks Plannr to filter by name, for the preferred account, and pages on', async () => {
		const first = await listSearch.searchAccounts.call(context);
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBe('2');
		const second = await listSearch.searchAccounts.call(context, undefined, first.paginationToken);
		expect(second.results[0]).not.toEqual(first.results[0]);

		const found = await listSearch.searchAccounts.call(context, 'patel');
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((result) => result.name.toLowerCase().includes('patel'))).toBe(true);
		const request = lastRequest(/^\/api\/v1\/account$/);
		expect(request.query).toMatchObject({ 'filter[name]': 'patel', per_page: '50', page: '1' });
		expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	});

	test('task search filters by name', async () => {
		const { results } = await listSearch.searchTasks.call(context, 'review');
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((result) => result.name.toLowerCase().includes('review'))).toBe(true);
		expect(lastRequest(/^\/api\/v1\/task$/).query['filter[name]']).toBe('review');
	});

	test('case search matches names here: Plannr documents no name filter for cases', async () => {
		const { results } = await listSearch.searchCases.call(context, 'isa');
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((result) => result.name.toLowerCase().includes('isa'))).toBe(true);
		expect(requestLine(lastRequest(/^\/api\/v1\/cases$/))).toBe(
			'GET /api/v1/cases?page=1&per_page=500',
		);
	});

	test('plan search matches names and policy numbers beyond the first page of 50', async () => {
		const plan = data().plans[345];
		const { results } = await listSearch.searchPlans.call(context, plan.policy_number);

		expect(results).toEqual([{ name: `${plan.name} · ${plan.policy_number}`, value: plan.uuid }]);
		expect(lastRequest(/^\/api\/v1\/plans$/).query).toMatchObject({ per_page: '500' });
		expect(lastRequest(/^\/api\/v1\/plans$/).query['filter[name]']).toBeUndefined();
	});

	test('advisers are every employee account, sorted by name', async () => {
		const advisers = await loadOptions.getAdvisers.call(context);
		const employees = data().accounts.filter((account) => account.type === 'employee');
		expect(advisers).toHaveLength(employees.length);
		expect(advisers.map((option) => option.name)).toEqual(
			[...advisers.map((option) => option.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(new Set(advisers.map((option) => option.value))).toEqual(
			new Set(employees.map((account) => account.uuid)),
		);
		expect(requestLine(lastRequest(/^\/api\/v1\/account$/))).toBe(
			'GET /api/v1/account?filter[type]=employee&page=1&per_page=500',
		);
	});

	test.each([
		['getGroups', ['Advice team', 'Mortgages', 'Paraplanning']],
		['getTags', ['Annual review due', 'Pension transfer', 'VIP']],
	] as const)('%s lists names with UUID values', async (method, names) => {
		const options = await loadOptions[method].call(context);
		expect(options.map((option) => option.name)).toEqual(names);
		expect(options.every((option) => /^[0-9a-f-]{36}$/.test(String(option.value)))).toBe(true);
	});

	test.each([
		['getClientCustomFields', 'client', ['favourite_pet', 'risk_profile']],
		['getTaskCustomFields', 'task', ['billing_code']],
		['getCaseCustomFields', 'case', ['referral_source']],
		['getPlanCustomFields', 'plan', ['platform']],
	] as const)('%s offers the %s fields by reference', async (method, modelType, references) => {
		const options = await loadOptions[method].call(context);
		expect(options.map((option) => option.value)).toEqual(references);
		expect(lastRequest(/^\/api\/v1\/custom-field$/).query['filter[model_type]']).toBe(modelType);
	});

	test('account search tells accounts of one name apart: type, role, email, short id, and a link to Plannr', async () => {
		const { results } = await listSearch.searchAccounts.call(context, 'amelia green');

		expect(results.slice(0, 2)).toEqual([
			{
				name: 'Amelia Green · Client (Trust) · amelia.green.444@example.co.uk · 0035a684',
				value: '00000030-01bc-4000-8000-00000035a684',
				url: 'https://app.plannrcrm.com/accounts/00000030-01bc-4000-8000-00000035a684',
			},
			{
				name: 'Amelia Green · Client (Trust) · amelia.green.695@example.co.uk · 0053fad9',
				value: '00000030-02b7-4000-8000-00000053fad9',
				url: 'https://app.plannrcrm.com/accounts/00000030-02b7-4000-8000-00000053fad9',
			},
		]);
		expect(new Set(results.map((result) => result.name)).size).toBe(results.length);
		expect(requestLine(lastRequest(/^\/api\/v1\/account$/))).toBe(
			'GET /api/v1/account?filter[name]=amelia green&include=primary_email&page=1&per_page=50',
		);
	});

	test.each([
		[
			'searchEmployees',
			'GET /api/v1/account?filter[type]=employee&include=primary_email&page=1&per_page=50',
			'employee',
		],
		[
			'searchIntroducers',
			'GET /api/v1/account?filter[type]=external&include=primary_email&page=1&per_page=50',
			'external',
		],
	] as const)('%s lists only that type of account', async (method, request, type) => {
		const { results } = await listSearch[method].call(context);
		expect(results.length).toBeGreaterThan(0);
		expect(
			results.every(
				(result) => data().accounts.find((account) => account.uuid === result.value)!.type === type,
			),
		).toBe(true);
		expect(requestLine(lastRequest(/^\/api\/v1\/account$/))).toBe(request);
	});

	test('task statuses are searched by name', async () => {
		const { results } = await listSearch.searchTaskStatuses.call(context, 'progress');
		expect(results).toEqual([
			{
				name: 'In progress',
				value: data().taskStatuses.find((status) => status.name === 'In progress')!.uuid,
			},
		]);
		expect(requestLine(lastRequest(/^\/api\/v1\/task-status$/))).toBe(
			'GET /api/v1/task-status?page=1&per_page=500',
		);
	});

	test.each([404, 405])(
		'when Plannr does not list task statuses (%s), the picker says to enter the status By ID',
		async (status) => {
			plannr.sandbox.server.inject({
				kind: 'status',
				status,
				count: 1,
				path: /^\/api\/v1\/task-status$/,
			});
			await expect(listSearch.searchTaskStatuses.call(context)).rejects.toThrow(
				'Plannr did not list the task statuses: choose By ID and enter the status UUID (Plannr documents creating and updating task statuses, not listing them)',
			);
		},
	);

	test.each([
		[{ taskableType: 'plan' }, 'GET /api/v1/plans?page=1&per_page=50'],
		[{ additionalFields: { taskableType: 'case' } }, 'GET /api/v1/cases?page=1&per_page=50'],
		[{ filters: { taskableType: 'plan' } }, 'GET /api/v1/plans?page=1&per_page=50'],
		[{ notableType: 'account' }, 'GET /api/v1/account?include=primary_email&page=1&per_page=50'],
		[{}, 'GET /api/v1/account?include=primary_email&page=1&per_page=50'],
	])(
		'related records are listed from the kind chosen beside them (%j)',
		async (parameters, request) => {
			const withParameters = Object.create(context) as ILoadOptionsFunctions;
			withParameters.getCurrentNodeParameter = (name: string) =>
				name.split('.').reduce<any>((value, key) => value?.[key], parameters);
			plannr.sandbox.server.clearLog();

			const { results } = await listSearch.searchRelatedRecords.call(withParameters);

			expect(results).toHaveLength(50);
			expect(
				plannr.sandbox.server.log
					.filter((entry) => entry.path !== '/api/v1/logins')
					.map(requestLine),
			).toEqual([request]);
		},
	);

	test('kinds of record Plannr cannot list are typed By ID', async () => {
		const withParameters = Object.create(context) as ILoadOptionsFunctions;
		withParameters.getCurrentNodeParameter = (name: string) =>
			name === 'notableType' ? 'illustration' : undefined;
		plannr.sandbox.server.clearLog();

		expect(await listSearch.searchRelatedRecords.call(withParameters)).toEqual({ results: [] });
		expect(plannr.sandbox.server.log).toHaveLength(0);
	});
});
