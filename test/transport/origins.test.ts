import { SandboxServer } from '../sandbox/http';
import { json } from '../harness/engine';
import { byId, PLANDAY_CREDENTIAL_ID } from '../harness/planday';
import { PLANNR_PAT_CREDENTIAL_ID } from '../harness/plannr';
import { plandayApiRequest } from '../../nodes/Planday/transport';
import { plannrApiRequest, plannrApiRequestUrl } from '../../nodes/Plannr/transport';
import { sandboxesPerTest } from '../harness/perTest';

/** A host that is not the service: it answers everything with a record, and logs what reached it. */
async function startOtherHost(): Promise<SandboxServer> {
	const other = new SandboxServer('other', async () => ({
		status: 200,
		body: { data: { id: 666, uuid: 'from-the-other-host' } },
	}));
	await other.start();
	return other;
}

const employeeGet = {
	resource: 'employee',
	operation: 'get',
	employeeId: byId(1001),
};

describe('Credentials go only to the service’s own origin', () => {
	let other: SandboxServer;
	const start = sandboxesPerTest();

	beforeEach(async () => {
		other = await startOtherHost();
	});
	afterEach(async () => {
		await other.stop();
	});

	test('Planday: a 302 to another origin is a clear error, and nothing reaches that host', async () => {
		const planday = await start.planday();
		planday.sandbox.server.inject({
			kind: 'redirect',
			status: 302,
			location: `${other.url}/hr/v1.0/employees/1001`,
			count: 1,
			path: /^\/hr\//,
		});

		const run = await planday.run(employeeGet);

		expect(run.error?.message).toBe(
			`Planday redirected the request to another site (${other.url}). It was not followed, because credentials are sent only to Planday's own address`,
		);
		expect(other.log).toHaveLength(0);
	});

	test('Planday: a 307 within the same origin is followed', async () => {
		const planday = await start.planday();
		planday.sandbox.server.inject({
			kind: 'redirect',
			status: 307,
			location: '/hr/v1.0/employees/1002',
			count: 1,
			path: /^\/hr\/v1\.0\/employees\/1001$/,
		});

		const items = json(await planday.run(employeeGet));

		expect(items).toEqual([expect.objectContaining({ id: 1002 })]);
		expect(
			planday.sandbox.server
				.requests(/^\/hr\//)
				.map((request) => `${request.status} ${request.path}`),
		).toEqual(['307 /hr/v1.0/employees/1001', '200 /hr/v1.0/employees/1002']);
	});

	test('Plannr: a 302 to another origin is a clear error, and the token never reaches that host', async () => {
		const plannr = await start.plannr();
		const uuid = plannr.sandbox.state.data.accounts[100].uuid;
		plannr.sandbox.server.inject({
			kind: 'redirect',
			status: 302,
			location: `${other.url}/api/v1/account/${uuid}`,
			count: 1,
			path: /^\/api\/v1\/account\//,
		});

		const run = await plannr.run({
			resource: 'account',
			operation: 'get',
			accountId: byId(uuid),
		});

		expect(run.error?.message).toBe(
			`Plannr redirected the request to another site (${other.url}). It was not followed, because credentials are sent only to Plannr's own address`,
		);
		expect(other.log).toHaveLength(0);
	});

	test('Plannr: a next-page link to another origin is refused before anything is sent there', async () => {
		const plannr = await start.plannr();
		plannr.sandbox.server.inject({
			kind: 'rewrite',
			count: 1,
			path: /^\/api\/v1\/account$/,
			response: (response) => ({
				...response,
				body: {
					...(response.body as object),
					links: { next: `${other.url}/api/v1/account?page=2` },
				},
			}),
		});

		const run = await plannr.run({ resource: 'account', operation: 'getAll', returnAll: true });

		expect(run.error?.message).toBe(
			`Plannr returned a link to another site (${other.url}); it was not followed, because credentials are sent only to ${plannr.sandbox.url}`,
		);
		expect(other.log).toHaveLength(0);
	});

	test('Plannr: a URL the API returned is requested on its own origin, relative or absolute, and refused elsewhere', async () => {
		const plannr = await start.plannr();
		const context = plannr.engine.loadOptionsContext(
			'plannr',
			{ authentication: 'accessToken' },
			{ plannrApi: PLANNR_PAT_CREDENTIAL_ID },
		);
		const uuid = plannr.sandbox.state.data.accounts[100].uuid;

		const absolute = await plannrApiRequestUrl.call(
			context,
			`${plannr.sandbox.url}/api/v1/account/${uuid}`,
		);
		const relative = await plannrApiRequestUrl.call(context, `/api/v1/account/${uuid}`);
		await expect(
			plannrApiRequestUrl.call(context, `${other.url}/api/v1/account/${uuid}`),
		).rejects.toThrow(
			`Plannr returned a link to another site (${other.url}); it was not followed, because credentials are sent only to ${plannr.sandbox.url}`,
		);

		expect(absolute).toMatchObject({ uuid });
		expect(relative).toMatchObject({ uuid });
		expect(plannr.sandbox.server.requests(/^\/api\/v1\/account\//)).toHaveLength(2);
		expect(other.log).toHaveLength(0);
	});

	test.each([
		'/hr/v1.0/employees/../departments',
		'/hr/v1.0/employees/%2e%2e/departments',
		'/hr/v1.0/employees/%2E/1001',
		'/hr/v1.0/employees/1001?special=Skills',
		'/hr/v1.0/employees/1001#x',
	])('Planday: the request path %s is refused before anything is sent', async (path) => {
		const planday = await start.planday();
		const context = planday.engine.loadOptionsContext(
			'planday',
			{},
			{ plandayApi: PLANDAY_CREDENTIAL_ID },
		);

		await expect(plandayApiRequest.call(context, { method: 'GET', path })).rejects.toThrow(
			`The Planday request path "${path}" is not allowed: an ID or field value contains ".", "..", "?" or "#" where a plain value belongs`,
		);
		expect(planday.sandbox.server.log).toHaveLength(0);
	});

	test('Plannr: a path that climbs out of its endpoint is refused before anything is sent', async () => {
		const plannr = await start.plannr();
		const context = plannr.engine.loadOptionsContext(
			'plannr',
			{ authentication: 'accessToken' },
			{ plannrApi: PLANNR_PAT_CREDENTIAL_ID },
		);

		await expect(
			plannrApiRequest.call(context, { method: 'DELETE', path: '/api/v1/account/%2E%2E/me' }),
		).rejects.toThrow('The Plannr request path "/api/v1/account/%2E%2E/me" is not allowed');
		expect(plannr.sandbox.server.log).toHaveLength(0);
	});
});
