import { json } from '../harness/engine';
import { requestLine, usePlannr } from './support';

describe('Plannr user', () => {
	const plannr = usePlannr();

	test('getCurrent reads /me without an account header and without resolving one', async () => {
		const [me] = json(await plannr.run({ resource: 'user', operation: 'getCurrent' }));

		expect(me).toMatchObject({
			email: 'alice@thamesvalleywealth.example',
			current_account: { uuid: expect.any(String) },
		});
		const requests = plannr.sandbox.server.log;
		expect(requests.map(requestLine)).toEqual(['GET /api/v1/me']);
		expect(requests[0].headers['x-plannr-account-uuid']).toBeUndefined();
	});

	test('getLogins returns one item per login, each with its account (not the login uuid as account)', async () => {
		const items = json(
			await plannr.run({ authentication: 'oAuth2', resource: 'user', operation: 'getLogins' }),
		);

		const own = plannr.sandbox.state.data.logins.filter(
			(login) => login._userUuid === plannr.sandbox.state.data.users[0].uuid,
		);
		expect(items.map((item) => [item.uuid, (item.account as { uuid: string }).uuid])).toEqual(
			own.map((login) => [login.uuid, login.account.uuid]),
		);
		expect(items.every((item) => !('_preferred' in item))).toBe(true);
		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/logins$/);
		expect(request.headers['x-plannr-account-uuid']).toBeUndefined();
		expect(plannr.sandbox.server.log.map(requestLine)).toEqual(['GET /api/v1/logins']);
	});
});
