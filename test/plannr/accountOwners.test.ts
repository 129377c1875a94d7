import { byId, callSandbox, expectRefused, runOne, usePlannr } from './support';

const CLIENT = '00000030-003d-4000-8000-000000075ef3';
const PATH = `/api/v1/client/${CLIENT}/owners`;

describe('Plannr account owners', () => {
	const plannr = usePlannr();
	const employees = () =>
		plannr.sandbox.state.data.accounts
			.filter((account) => account.type === 'employee')
			.map((account) => account.uuid as string);
	const manage = (mode: string, owners: string) => ({
		resource: 'account',
		operation: 'manageOwners',
		accountId: byId(CLIENT),
		mode,
		owners,
	});

	test('Manage Owners posts the mode and the owners as a list; attach, detach and sync change them', async () => {
		const [first, second] = employees();
		const { items } = await runOne(plannr, manage('sync', `${first}, ${second}`), `POST ${PATH}`, {
			mode: 'sync',
			owners: [first, second],
		});
		expect(items).toEqual([{ uuid: CLIENT, owners: [first, second] }]);

		const { items: detached } = await runOne(plannr, manage('detach', first), `POST ${PATH}`, {
			mode: 'detach',
			owners: [first],
		});
		expect(detached).toEqual([{ uuid: CLIENT, owners: [second] }]);

		const { items: attached } = await runOne(plannr, manage('attach', first), `POST ${PATH}`, {
			mode: 'attach',
			owners: [first],
		});
		expect(attached).toEqual([{ uuid: CLIENT, owners: [second, first] }]);
	});

	test('no owners, an owner that is not a UUID, or a mode Plannr does not know is refused before sending', async () => {
		await expectRefused(
			plannr,
			manage('attach', ' , '),
			"Give at least one account for 'Owners' (item 0)",
		);
		await expectRefused(
			plannr,
			manage('attach', 'adviser-1'),
			'"adviser-1" is not a valid Plannr UUID for \'Owners\' (item 0)',
		);
		await expectRefused(
			plannr,
			manage('replace', employees()[0]),
			'"replace" is not one of attach, detach, sync for \'Mode\' (item 0)',
		);
	});

	test('the sandbox requires mode and owners, refuses other fields, unknown owners and non-clients', async () => {
		const [owner] = employees();
		expect((await callSandbox(plannr, 'POST', PATH, { owners: [owner] })).status).toBe(422);
		expect(
			(await callSandbox(plannr, 'POST', PATH, { mode: 'sync', owners: [owner], role: 'x' }))
				.status,
		).toBe(422);
		expect(
			(
				await callSandbox(plannr, 'POST', PATH, {
					mode: 'sync',
					owners: ['00000000-0000-4000-8000-000000000000'],
				})
			).body,
		).toEqual({
			message: 'The selected owners.0 is invalid.',
			errors: { 'owners.0': ['The selected owners.0 is invalid.'] },
		});
		expect(
			(
				await callSandbox(plannr, 'POST', `/api/v1/client/${owner}/owners`, {
					mode: 'sync',
					owners: [owner],
				})
			).status,
		).toBe(404);
	});
});
