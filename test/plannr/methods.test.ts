import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { Plannr } from '../../nodes/Plannr/Plannr.node';
import { PLANNR_PAT_CREDENTIAL_ID } from '../harness/plannr';
import { preferredAccount, usePlannr } from './support';

const { listSearch, loadOptions } = new Plannr().methods;

describe('Plannr editor lists', () => {
	const plannr = usePlannr();
	let context: ILoadOptionsFunctions;
	const data = () => plannr.sandbox.state.data;
	const lastRequest = (path: RegExp) => plannr.sandbox.server.requests(path).at(-1)!;

	beforeAll(() => {
		context = plannr.engine.loadOptionsContext('plannr', { authentication: 'accessToken', resource: 'task', operation: 'get' }, { plannrApi: PLANNR_PAT_CREDENTIAL_ID });
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

	test.each([
		['searchTasks', /^\/api\/v1\/task$/, 'review'],
		['searchCases', /^\/api\/v1\/cases$/, 'isa'],
	] as const)('%s filters by name', async (method, path, filter) => {
		const { results } = await listSearch[method].call(context, filter);
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((result) => result.name.toLowerCase().includes(filter))).toBe(true);
		expect(lastRequest(path).query['filter[name]']).toBe(filter);
	});

	test('plan search matches names and policy numbers beyond the first page of 50', async () => {
		const plan = data().plans[345];
		const { results } = await listSearch.searchPlans.call(context, plan.policy_number);

		expect(results).toEqual([{ name: `${plan.name} · ${plan.policy_number}`, value: plan.uuid }]);
		expect(lastRequest(/^\/api\/v1\/plans$/).query).toMatchObject({ per_page: '500' });
		expect(lastRequest(/^\/api\/v1\/plans$/).query['filter[name]']).toBeUndefined();
	});

	test('advisers and introducers are every account of that type, sorted by name', async () => {
		const advisers = await loadOptions.getAdvisers.call(context);
		const employees = data().accounts.filter((account) => account.type === 'employee');
		expect(advisers).toHaveLength(employees.length);
		expect(advisers.map((option) => option.name)).toEqual([...advisers.map((option) => option.name)].sort((a, b) => a.localeCompare(b)));
		expect(new Set(advisers.map((option) => option.value))).toEqual(new Set(employees.map((account) => account.uuid)));

		const introducers = await loadOptions.getIntroducers.call(context);
		expect(introducers).toHaveLength(data().accounts.filter((account) => account.type === 'external').length);
		expect(lastRequest(/^\/api\/v1\/account$/).query).toMatchObject({ 'filter[type]': 'external', per_page: '500' });
	});

	test.each([
		['getGroups', ['Advice team', 'Mortgages', 'Paraplanning']],
		['getTags', ['Annual review due', 'Pension transfer', 'VIP']],
		['getTaskStatuses', ['Completed', 'In progress', 'Not started', 'Waiting on client']],
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
});
