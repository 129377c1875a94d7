import { byId, callSandbox, runOne, usePlannr } from './support';

const ACCOUNT = '00000030-003d-4000-8000-000000075ef3';

describe('Plannr account login changes', () => {
	const plannr = usePlannr();
	const logins = () => plannr.sandbox.state.data.accountLogins[ACCOUNT];
	const addLogin = async (email: string) =>
		(await callSandbox(plannr, 'POST', `/api/v1/account/${ACCOUNT}/login`, { email })).body
			.uuid as string;

	test('updateLogin sends every switch Plannr requires, and the update fields in UTC', async () => {
		const loginUuid = logins()[0].uuid as string;
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'updateLogin',
				accountId: byId(ACCOUNT),
				loginId: byId(loginUuid),
				hasWritePermission: true,
				tasksEnabled: true,
				updateFields: {
					expiresAt: '2027-03-01T09:00:00+00:00',
					receivesUnreadNotificationsEmail: true,
				},
			},
			`PUT /api/v1/account/${ACCOUNT}/login/${loginUuid}`,
			{
				has_write_permission: true,
				has_delete_permission: false,
				wealth_enabled: false,
				goals_enabled: false,
				factfind_enabled: false,
				tasks_enabled: true,
				welcome_enabled: false,
				expires_at: '2027-03-01T09:00:00Z',
				receives_unread_notifications_email: true,
			},
		);
		expect(items[0]).toMatchObject({
			uuid: loginUuid,
			has_write_permission: true,
			tasks_enabled: true,
		});
	});

	test('the sandbox refuses a login update without the required switches or with other fields', async () => {
		const path = `/api/v1/account/${ACCOUNT}/login/${logins()[0].uuid}`;
		const missing = await callSandbox(plannr, 'PUT', path, { has_write_permission: true });
		expect(missing.status).toBe(422);
		expect(Object.keys(missing.body.errors)).toEqual([
			'has_delete_permission',
			'wealth_enabled',
			'goals_enabled',
			'factfind_enabled',
			'tasks_enabled',
			'welcome_enabled',
		]);
		const unknown = await callSandbox(plannr, 'PUT', path, { email: 'new@example.co.uk' });
		expect(unknown.body.errors).toEqual({ email: ['The email field is prohibited.'] });
	});

	test('makeLoginPrimary posts without a body and leaves one primary login', async () => {
		const second = await addLogin('partner@example.co.uk');
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'makeLoginPrimary',
				accountId: byId(ACCOUNT),
				loginId: byId(second),
			},
			`POST /api/v1/account/${ACCOUNT}/login/${second}/make-primary`,
		);
		expect(items[0]).toMatchObject({ uuid: second, primary: true });
		expect(plannr.sandbox.server.log.at(-1)!.body).toBeUndefined();
		expect(
			logins()
				.filter((login) => login.primary)
				.map((login) => login.uuid),
		).toEqual([second]);
	});
});
