import type { Fault, SandboxRequest, SandboxResponse, SandboxServer } from '../sandbox/http';
import { json } from '../harness/engine';
import { type PlandayFixture, usePlanday } from '../harness/planday';
import { usePlannr } from '../harness/plannr';
import { RETURN_ALL_CEILING } from '../../nodes/shared/paging';

const EMPLOYEES = /^\/hr\/v1\.0\/employees$/;
const ACCOUNTS = /^\/api\/v1\/account$/;
const employeesGetAll = { resource: 'employee', operation: 'getAll', returnAll: true };
const accountsGetAll = { resource: 'account', operation: 'getAll', returnAll: true };
const pages = (planday: PlandayFixture) =>
	planday.sandbox.server
		.requests(EMPLOYEES)
		.map((request) => `${request.query.limit} ${request.query.offset}`);

/** Rewrites a query parameter before the sandbox handles the request. */
function withQuery(
	request: SandboxRequest,
	changes: Record<string, string | undefined>,
): SandboxRequest {
	const query = new URLSearchParams(request.query);
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) query.delete(key);
		else query.set(key, value);
	}
	return { ...request, query };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sandbox bodies are free-form
const body = (response: SandboxResponse) => response.body as Record<string, any>;

/** Rewrites every request to `path`, or its answer, for the rest of the test. */
function rewriteEvery(
	server: SandboxServer,
	path: RegExp,
	rewrite: Pick<Extract<Fault, { kind: 'rewrite' }>, 'request' | 'response'>,
) {
	server.inject({ kind: 'rewrite', count: 1_000, path, ...rewrite });
}

/** Runs `fn` with Return All's page ceiling lowered to `pages`, and restores it. */
async function withPageCeiling(pages: number, fn: () => Promise<void>) {
	const ceiling = RETURN_ALL_CEILING.pages;
	RETURN_ALL_CEILING.pages = pages;
	try {
		await fn();
	} finally {
		RETURN_ALL_CEILING.pages = ceiling;
	}
}

describe('Planday Return All: bounded, complete, and clear when the server misbehaves', () => {
	const planday = usePlanday({}, { freshForEachTest: true });

	/** Deletes these employees once the sandbox has answered the `page`-th request (from 1), so later pages shift. */
	const deleteAfterPage = (page: number, ids: number[]) => {
		let answered = 0;
		planday.sandbox.server.inject({
			kind: 'rewrite',
			count: page,
			path: EMPLOYEES,
			response: (response) => {
				if (++answered === page) {
					const list = planday.sandbox.state.data.employees;
					for (const id of ids)
						list.splice(
							list.findIndex((employee) => employee.id === id),
							1,
						);
				}
				return response;
			},
		});
	};

	test('pages overlap by one record and every employee arrives once', async () => {
		const employees = json(await planday.run(employeesGetAll));

		expect(employees).toHaveLength(240);
		expect(new Set(employees.map((employee) => employee.id)).size).toBe(240);
		expect(pages(planday)).toEqual(['50 0', '50 49', '50 98', '50 147', '50 196']);
	});

	test('once a page has overlapped the one before, the next page is asked for while the current one is on its way', async () => {
		// Far longer than the rate limits space two requests.
		planday.sandbox.server.latencyMs = 1_000;
		// For each page, how many page requests had reached the sandbox when it answered that page.
		const sentBeforeAnswer: Record<string, number> = {};
		rewriteEvery(planday.sandbox.server, EMPLOYEES, {
			response: (response, request) => {
				sentBeforeAnswer[String(request.query.get('offset'))] =
					planday.sandbox.server.requests(EMPLOYEES).length;
				return response;
			},
		});

		const employees = json(await planday.run(employeesGetAll));

		expect(employees).toHaveLength(240);
		expect(pages(planday)).toEqual(['50 0', '50 49', '50 98', '50 147', '50 196']);
		// The first two pages wait for the answer before: the server has yet to show it follows the
		// offset. The fourth page (offset 147) is sent before the third (offset 98) is answered.
		expect(sentBeforeAnswer).toMatchObject({ '0': 1, '49': 2, '98': 4 });
	});

	test('a record deleted while a page is read ahead: the read ahead is dropped, the gap read again, nothing lost', async () => {
		const before = planday.sandbox.state.data.employees.map((employee) => employee.id);
		const deleted = before[60];
		// Once the third page (offset 98) is answered, the records after the deleted one move up.
		deleteAfterPage(3, [deleted]);

		const employees = json(await planday.run(employeesGetAll));

		const ids = employees.map((employee) => employee.id);
		expect(before.filter((id) => id !== deleted && !ids.includes(id))).toEqual([]);
		expect(new Set(ids).size).toBe(ids.length);
		// Offset 147 shares nothing with the page before: the read ahead at 196 is dropped, 98 read again.
		expect(pages(planday)).toEqual([
			'50 0',
			'50 49',
			'50 98',
			'50 147',
			'50 196',
			'50 98',
			'50 196',
		]);
	});

	test('a server that ignores the offset (the same page again) stops with a clear error after two requests', async () => {
		rewriteEvery(planday.sandbox.server, EMPLOYEES, {
			request: (request) => withQuery(request, { offset: '0' }),
		});

		const run = await planday.run(employeesGetAll);

		expect(run.error?.message).toBe(
			'Planday returned the same records again at offset 49 of /hr/v1.0/employees (it ignored the offset); stopped after 50 records',
		);
		expect(pages(planday)).toEqual(['50 0', '50 49']);
	});

	test('a paging.total that promises more than exists is reported, not hidden', async () => {
		rewriteEvery(planday.sandbox.server, EMPLOYEES, {
			response: (response) => ({
				...response,
				body: { ...body(response), paging: { ...body(response).paging, total: 100_000 } },
			}),
		});

		const run = await planday.run(employeesGetAll);

		expect(run.error?.message).toBe(
			'Planday returned no records after offset 240 of /hr/v1.0/employees although it reports 100000; stopped after 240 so the list is not silently incomplete',
		);
	});

	test('a server that lowers the limit (as Planday may) is read to the end, advancing by the records received', async () => {
		rewriteEvery(planday.sandbox.server, EMPLOYEES, {
			request: (request) => withQuery(request, { limit: '20' }),
		});

		const employees = json(await planday.run(employeesGetAll));

		expect(employees).toHaveLength(240);
		expect(new Set(employees.map((employee) => employee.id)).size).toBe(240);
		expect(pages(planday).slice(0, 3)).toEqual(['50 0', '50 19', '50 38']);
	});

	test('a record deleted between two pages loses no other record', async () => {
		const before = planday.sandbox.state.data.employees.map((employee) => employee.id);
		const deleted = before[10];
		deleteAfterPage(1, [deleted]);

		const employees = json(await planday.run(employeesGetAll));

		const ids = employees.map((employee) => employee.id);
		for (const id of before.filter((id) => id !== deleted)) expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('two records deleted between two pages lose no other record either', async () => {
		const before = planday.sandbox.state.data.employees.map((employee) => employee.id);
		const deleted = [before[5], before[20]];
		deleteAfterPage(1, deleted);

		const employees = json(await planday.run(employeesGetAll));

		const ids = employees.map((employee) => employee.id);
		expect(before.filter((id) => !deleted.includes(id) && !ids.includes(id))).toEqual([]);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('a list that never ends stops at the page ceiling with an error that says so', async () => {
		await withPageCeiling(4, async () => {
			let next = 1_000_000;
			rewriteEvery(planday.sandbox.server, EMPLOYEES, {
				response: (response) => ({
					...response,
					body: {
						paging: { offset: 0, limit: 50, total: 1e9 },
						data: Array.from({ length: 50 }, () => ({ id: next++ })),
					},
				}),
			});

			const run = await planday.run(employeesGetAll);

			expect(run.error?.message).toBe(
				'Planday kept returning new pages of /hr/v1.0/employees after 4 requests (200 records); stopped so Return All cannot run forever. Narrow the list with filters.',
			);
			expect(pages(planday)).toHaveLength(4);
		});
	});
});

describe('Plannr Return All follows links.next exactly as given', () => {
	const plannr = usePlannr({ accounts: 1_100 }, { freshForEachTest: true });

	test('cursor links are followed as given, so a server that reads only cursors is read to the end', async () => {
		// A cursor API: `page` is ignored, `cursor` says where to go on.
		rewriteEvery(plannr.sandbox.server, ACCOUNTS, {
			request: (request) =>
				withQuery(request, {
					page: request.query.get('cursor')
						? String(Number.parseInt(request.query.get('cursor')!, 36))
						: '1',
					cursor: undefined,
				}),
			response: (response) => {
				const { links } = body(response);
				if (!links?.next) return response;
				const next = new URL(links.next);
				next.searchParams.set('cursor', Number(next.searchParams.get('page')).toString(36));
				next.searchParams.delete('page');
				return {
					...response,
					body: { ...body(response), links: { ...links, next: next.pathname + next.search } },
				};
			},
		});

		const accounts = json(await plannr.run(accountsGetAll));

		expect(accounts).toHaveLength(1_100);
		expect(
			plannr.sandbox.server
				.requests(ACCOUNTS)
				.map((request) => [request.query.page, request.query.cursor, request.query.per_page]),
		).toEqual([
			['1', undefined, '500'],
			[undefined, '2', '500'],
			[undefined, '3', '500'],
		]);
	});

	test('a next link that brings nothing new stops with a clear error', async () => {
		rewriteEvery(plannr.sandbox.server, ACCOUNTS, {
			request: (request) => withQuery(request, { page: '1' }),
		});

		const run = await plannr.run(accountsGetAll);

		expect(run.error?.message).toBe(
			'Plannr returned the same records again on page 2 of /api/v1/account; stopped after 500 records',
		);
		// Page 3 (of meta.last_page 3) is read ahead beside page 2.
		const pages = plannr.sandbox.server.requests(ACCOUNTS).map((request) => request.query.page);
		expect(pages.sort()).toEqual(['1', '2', '3']);
	});

	test('a list that never ends stops at the page ceiling with an error that says so', async () => {
		await withPageCeiling(3, async () => {
			let next = 0;
			rewriteEvery(plannr.sandbox.server, ACCOUNTS, {
				response: (response) => ({
					...response,
					body: {
						data: Array.from({ length: 5 }, () => ({ uuid: `endless-${next++}` })),
						links: { next: '/api/v1/account?page=2&per_page=500' },
					},
				}),
			});

			const run = await plannr.run(accountsGetAll);

			expect(run.error?.message).toBe(
				'Plannr kept returning new pages of /api/v1/account after 3 requests (15 records); stopped so Return All cannot run forever. Narrow the list with filters.',
			);
			expect(plannr.sandbox.server.requests(ACCOUNTS)).toHaveLength(3);
		});
	});
});
