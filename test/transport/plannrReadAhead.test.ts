import type { IDataObject } from 'n8n-workflow';

import { json } from '../harness/engine';
import { startPlannr, type PlannrFixture } from '../harness/plannr';
import { requestLine } from '../plannr/support';

const ACCOUNTS = /^\/api\/v1\/account$/;
const PAGE_1 = 'GET /api/v1/account?page=1&per_page=500';
const PAGE_2 = 'GET /api/v1/account?page=2&per_page=500';
const PAGE_3 = 'GET /api/v1/account?page=3&per_page=500';
const PAGE_4 = 'GET /api/v1/account?page=4&per_page=500';

const returnAll = (concurrency?: number) => ({
	resource: 'account',
	operation: 'getAll',
	returnAll: true,
	...(concurrency === undefined ? {} : { options: { concurrency } }),
});

describe('Plannr Return All reads ahead once meta.last_page is known', () => {
	let plannr: PlannrFixture;
	/** For each page, how many account requests had reached the sandbox when it answered that page. */
	let sentBeforeAnswer: Record<string, number>;
	/** The uuids of each page as the sandbox answered them, by page. */
	let answered: Record<string, string[]>;

	const accountRequests = () => plannr.sandbox.server.requests(ACCOUNTS).map(requestLine);
	const inPageOrder = () =>
		Object.keys(answered)
			.sort((a, b) => Number(a) - Number(b))
			.flatMap((page) => answered[page]);

	/** Records every page's answer; injected after a test's own faults, which take their requests first. */
	const recordAnswers = () => {
		sentBeforeAnswer = {};
		answered = {};
		plannr.sandbox.server.inject({
			kind: 'rewrite',
			count: 1_000,
			path: ACCOUNTS,
			response: (response, request) => {
				const page = String(request.query.get('page'));
				sentBeforeAnswer[page] = plannr.sandbox.server.requests(ACCOUNTS).length;
				const data = (response.body as { data?: IDataObject[] } | undefined)?.data;
				if (response.status === 200 && data)
					answered[page] = data.map((account) => String(account.uuid));
				return response;
			},
		});
	};

	beforeEach(async () => {
		plannr = await startPlannr({ accounts: 1_600 });
		// Far longer than the rate budget spaces two requests.
		plannr.sandbox.server.latencyMs = 1_000;
	});
	afterEach(async () => await plannr.stop());

	test('with Requests at Once 3 (the default), pages 2 to 4 are asked for together, and records keep page order', async () => {
		recordAnswers();
		const accounts = json(await plannr.run(returnAll()));

		expect(accounts.map((account) => account.uuid)).toEqual(inPageOrder());
		expect(accounts).toHaveLength(1_600);
		expect(new Set(accounts.map((account) => account.uuid)).size).toBe(1_600);
		const sent = accountRequests();
		expect(sent[0]).toBe(PAGE_1);
		expect([...sent].sort()).toEqual([PAGE_1, PAGE_2, PAGE_3, PAGE_4]);
		// Page 1 alone (last_page is not known before it), then three pages on their way at once.
		expect(sentBeforeAnswer).toEqual({ '1': 1, '2': 4, '3': 4, '4': 4 });
	});

	test('Requests at Once bounds the pages on their way: 2 keeps two, 1 reads one after another', async () => {
		recordAnswers();
		json(await plannr.run(returnAll(2)));
		// Pages 2 and 3 together; page 4 only once page 2 has come (page 3 may come just before or after it).
		expect(sentBeforeAnswer).toMatchObject({ '1': 1, '2': 3, '4': 4 });

		plannr.sandbox.server.clearLog();
		recordAnswers();
		json(await plannr.run(returnAll(1)));
		expect(accountRequests()).toEqual([PAGE_1, PAGE_2, PAGE_3, PAGE_4]);
		expect(sentBeforeAnswer).toEqual({ '1': 1, '2': 2, '3': 3, '4': 4 });
	});

	test('a page answered after the pages behind it still comes out in its place', async () => {
		// Page 2 is told to wait a second and is asked for again, after page 3 has been answered.
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 1,
			path: ACCOUNTS,
			query: { page: '2' },
			headers: { 'retry-after': '1' },
		});
		recordAnswers();

		const accounts = json(await plannr.run(returnAll()));

		const log = plannr.sandbox.server
			.requests(ACCOUNTS)
			.map((entry) => `${entry.status} ${requestLine(entry)}`);
		expect(log.indexOf(`200 ${PAGE_3}`)).toBeLessThan(log.indexOf(`200 ${PAGE_2}`));
		expect([...log].sort()).toEqual(
			[`200 ${PAGE_1}`, `429 ${PAGE_2}`, `200 ${PAGE_2}`, `200 ${PAGE_3}`, `200 ${PAGE_4}`].sort(),
		);
		expect(accounts.map((account) => account.uuid)).toEqual(inPageOrder());
		expect(accounts).toHaveLength(1_600);
	});

	test('a middle page that fails fails the run, with no part of the list as output', async () => {
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: ACCOUNTS,
			query: { page: '2' },
		});
		recordAnswers();

		const run = await plannr.run(returnAll(2));

		expect(run.error?.message).toBe(
			'Plannr refused this action for the selected account. Check the login’s permissions or the Account UUID (403): Injected 403',
		);
		expect(run.items).toEqual([]);
		expect([...accountRequests()].sort()).toEqual([PAGE_1, PAGE_2, PAGE_3]);
		// Page 4 was never asked for, and page 3 (read ahead) was answered before the run ended.
		expect(plannr.sandbox.server.requests(ACCOUNTS).every((entry) => entry.status !== 0)).toBe(
			true,
		);
	});

	test('an empty middle page, while the paging promises more, fails the run though the pages after it came', async () => {
		plannr.sandbox.server.inject({
			kind: 'emptyPage',
			count: 1,
			path: ACCOUNTS,
			query: { page: '2' },
		});
		recordAnswers();

		const run = await plannr.run(returnAll(2));

		expect(run.error?.message).toBe(
			'Plannr returned an empty page 2 of /api/v1/account although its paging promises 4 pages; stopped after 500 records so the list is not silently incomplete',
		);
		expect([...accountRequests()].sort()).toEqual([PAGE_1, PAGE_2, PAGE_3]);
	});

	test('a Limit reads one page at a time and never a page it will not use', async () => {
		recordAnswers();
		const accounts = json(
			await plannr.run({
				resource: 'account',
				operation: 'getAll',
				returnAll: false,
				limit: 1_000,
			}),
		);

		expect(accounts).toHaveLength(1_000);
		expect(accountRequests()).toEqual([PAGE_1, PAGE_2]);
		expect(sentBeforeAnswer).toEqual({ '1': 1, '2': 2 });
	});
});
