import { runOne, usePlannr, testRequests } from './support';

describe('Plannr custom field', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;

	test('create a required text field for plans, with help text', async () => {
		const { items } = await runOne(
			plannr,
			{
				resource: 'customField',
				operation: 'create',
				name: 'Wrapper ID',
				type: 'string',
				modelType: 'plan',
				isRequired: true,
				additionalFields: {
					helpText: 'The platform’s wrapper reference',
					isVisibleToClients: false,
				},
			},
			'POST /api/v1/custom-field',
			{
				name: 'Wrapper ID',
				type: 'string',
				model_type: 'plan',
				is_required: true,
				help_text: 'The platform’s wrapper reference',
				is_visible_to_clients: false,
			},
		);
		expect(items[0]).toMatchObject({ uuid: expect.any(String), reference: 'wrapper_id' });
	});

	test('a selection without choices reads as Plannr’s 422', async () => {
		const run = await plannr.run({
			resource: 'customField',
			operation: 'create',
			name: 'Empty',
			type: 'selection',
			modelType: 'case',
			isRequired: false,
			selectionOptions: ' , ',
		});
		expect(run.error?.message).toBe(
			'Plannr rejected the data (422): selection_options: The selection options field is required when type is selection.',
		);
	});

	test('get and getAll (by model type, sorted by name)', async () => {
		const field = data().customFields[1];
		const { items } = await runOne(
			plannr,
			{ resource: 'customField', operation: 'get', customFieldId: field.uuid },
			'GET /api/v1/custom-field/000000a0-0002-4000-8000-000000003dde',
		);
		expect(items[0]).toMatchObject({
			reference: 'risk_profile',
			selection_options: ['Cautious', 'Balanced', 'Adventurous'],
		});

		const { items: planFields } = await runOne(
			plannr,
			{
				resource: 'customField',
				operation: 'getAll',
				returnAll: true,
				filters: { modelType: 'plan' },
				sort: { field: 'name' },
			},
			'GET /api/v1/custom-field?filter[model_type]=plan&page=1&per_page=500&sort=name',
		);
		expect(planFields.map((planField) => planField.reference)).toEqual(['platform', 'wrapper_id']);
	});
});

describe('Plannr custom field requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'customField create',
			parameters: () => ({
				resource: 'customField',
				operation: 'create',
				name: 'Attitude to risk',
				type: 'selection',
				modelType: 'client',
				isRequired: false,
				selectionOptions: 'Low, Medium, High',
			}),
			request: 'POST /api/v1/custom-field',
			body: () => ({
				name: 'Attitude to risk',
				type: 'selection',
				model_type: 'client',
				is_required: false,
				selection_options: ['Low', 'Medium', 'High'],
			}),
			output: ([field]) => expect(field).toMatchObject({ reference: 'attitude_to_risk' }),
		},
		{
			title: 'customField get',
			parameters: (plannr) => ({
				resource: 'customField',
				operation: 'get',
				customFieldId: plannr.sandbox.state.data.customFields[0].uuid,
			}),
			request: 'GET /api/v1/custom-field/000000a0-0001-4000-8000-000000001eef',
			output: ([field]) => expect(field.reference).toBe('favourite_pet'),
		},
		{
			title: 'customField getAll by model type',
			parameters: () => ({
				resource: 'customField',
				operation: 'getAll',
				returnAll: true,
				filters: { modelType: 'task' },
			}),
			request: 'GET /api/v1/custom-field?filter[model_type]=task&page=1&per_page=500',
			output: (items) => expect(items.map((item) => item.reference)).toEqual(['billing_code']),
		},
	]);
});
