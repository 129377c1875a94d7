import { runOne, JULY_2026, usePlannr, firstAdviser, testRequests } from './support';

describe('Plannr account Create', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;

	test('create an employee with a login and departments, and an introducer', async () => {
		const { items: employee } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'employee',
				role: 'admin',
				firstName: 'Petra',
				lastName: 'Planner',
				additionalFields: {
					email: 'petra@firm.example',
					withLogin: true,
					departments: 'adviser, paraplanner',
					adviceType: 'restricted',
				},
			},
			'POST /api/v1/account',
			{
				type: 'employee',
				role: 'admin',
				first_name: 'Petra',
				last_name: 'Planner',
				email: 'petra@firm.example',
				with_login: true,
				departments: ['adviser', 'paraplanner'],
				advice_type: 'restricted',
			},
		);
		expect(employee).toEqual([
			expect.objectContaining({
				type: 'employee',
				role: 'admin',
				primary_email: 'petra@firm.example',
			}),
		]);

		const introducedBy = data().accounts.find((account) => account.type === 'external')!.uuid;
		await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'external',
				role: 'introducer',
				firstName: 'Ian',
				lastName: 'Introducer',
				additionalFields: { chargeSplitSchemaUuid: introducedBy, title: 'Mr' },
			},
			'POST /api/v1/account',
			{
				type: 'external',
				role: 'introducer',
				first_name: 'Ian',
				last_name: 'Introducer',
				charge_split_schema_uuid: introducedBy,
				title: 'Mr',
			},
		);
	});

	test('a joint client by entity name, introduced by an introducer, with a full address', async () => {
		const introducer = data().accounts.find((account) => account.type === 'external')!.uuid;
		const { items } = await runOne(
			plannr,
			{
				resource: 'account',
				operation: 'create',
				type: 'client',
				role: 'joint',
				firstName: '',
				lastName: '',
				additionalFields: {
					entityName: 'Mr & Mrs Crawley',
					introducedByUuid: introducer,
					addresses: {
						address: [
							{
								name: 'Home',
								address_1: 'Downton Abbey',
								address_2: '',
								address_3: 'Great Park',
								town_city: 'Downton',
								postcode: 'YO1 1AA',
								country: 'GB',
							},
						],
					},
				},
			},
			'POST /api/v1/account',
			{
				type: 'client',
				role: 'joint',
				entity_name: 'Mr & Mrs Crawley',
				introduced_by_uuid: introducer,
				address: {
					name: 'Home',
					address_1: 'Downton Abbey',
					address_3: 'Great Park',
					town_city: 'Downton',
					postcode: 'YO1 1AA',
					country: 'GB',
				},
			},
		);
		expect(items[0]).toMatchObject({
			name: 'Mr & Mrs Crawley',
			role: 'joint',
			address: { postcode: 'YO1 1AA' },
		});
	});

	test('a 422 names every field Plannr rejected', async () => {
		const run = await plannr.run({
			resource: 'account',
			operation: 'create',
			type: 'client',
			role: 'individual',
			firstName: '',
			lastName: '',
		});

		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): first_name: The first name field is required unless an entity name is given.; last_name: The last name field is required unless an entity name is given.',
		);
		const loginWithoutEmail = await plannr.run({
			resource: 'account',
			operation: 'create',
			type: 'employee',
			role: 'member',
			firstName: 'A',
			lastName: 'B',
			additionalFields: { withLogin: true },
		});
		expect(loginWithoutEmail.error?.message).toBe(
			'Plannr rejected the data (422): email: The email field is required when with login is true.',
		);
	});
});

describe('Plannr account Create requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title:
				'account create sends snake_case fields, pounds as pennies, addresses and custom fields',
			parameters: (plannr) => ({
				resource: 'account',
				operation: 'create',
				type: 'client',
				role: 'individual',
				firstName: 'Edith',
				lastName: 'Crawley',
				additionalFields: {
					email: 'edith@example.co.uk',
					dateOfBirth: '1980-04-06T00:00:00',
					valueInPounds: '1234.56',
					assignedAdviserUuid: firstAdviser(plannr).uuid,
					groups: [plannr.sandbox.state.data.groups[0].uuid],
					addresses: {
						address: [{ address_1: '1 High Street', town_city: 'Reading', postcode: 'RG1 1AA' }],
					},
					customFields: { field: [{ reference: 'favourite_pet', value: 'Dog' }] },
				},
			}),
			request: 'POST /api/v1/account',
			body: (plannr) => ({
				type: 'client',
				role: 'individual',
				first_name: 'Edith',
				last_name: 'Crawley',
				email: 'edith@example.co.uk',
				date_of_birth: '1980-04-06',
				value: 123456,
				assigned_adviser_uuid: firstAdviser(plannr).uuid,
				groups: [plannr.sandbox.state.data.groups[0].uuid],
				address: { address_1: '1 High Street', town_city: 'Reading', postcode: 'RG1 1AA' },
				custom_fields: { favourite_pet: 'Dog' },
			}),
			output: ([account]) =>
				expect(account).toMatchObject({
					uuid: expect.any(String),
					first_name: 'Edith',
					value: 123456,
				}),
		},
	]);
});
