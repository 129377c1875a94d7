import { json } from '../harness/engine';
import { expectOneRequest, requestLine } from '../harness/expectRequest';
import { byId, checkCase, type PlandayCase, SMALL_PORTAL, usePlanday } from '../harness/planday';

/** The photo the sandbox seeds on every third employee (1001, 1004, …): a 1×1 PNG. */
const SEEDED_PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const GIF_BASE64 = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const smallPortalCases: PlandayCase[] = [
	{
		title: 'employee deleteCustomFieldValue',
		parameters: {
			resource: 'employee',
			operation: 'deleteCustomFieldValue',
			employeeId: byId(1004),
			customPropertyName: 'custom_1001',
		},
		request: 'DELETE /hr/v1.0/employees/1004/customfields/custom_1001/value',
		output: [{ success: true }],
	},
	{
		title: 'employee getCustomFieldValue',
		parameters: {
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1007),
			customPropertyName: 'custom_1003',
		},
		request: 'GET /hr/v1.0/employees/1007/customfields/custom_1003/value',
		output: [
			{
				employeeId: 1007,
				customPropertyName: 'custom_1003',
				value:
					'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
			},
		],
	},
	{
		title: 'employee createCustomFieldValue from a data URI',
		parameters: {
			resource: 'employee',
			operation: 'createCustomFieldValue',
			employeeId: byId(1005),
			customPropertyName: 'custom_1003',
			valueSource: 'dataUri',
			dataUri: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		},
		request: 'POST /hr/v1.0/employees/1005/customfields/custom_1003/value',
		body: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		output: [{ success: true }],
	},
	{
		title: 'employee updateCustomFieldValue from a data URI',
		parameters: {
			resource: 'employee',
			operation: 'updateCustomFieldValue',
			employeeId: byId(1010),
			customPropertyName: 'custom_1003',
			valueSource: 'dataUri',
			dataUri: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		},
		request: 'PUT /hr/v1.0/employees/1010/customfields/custom_1003/value',
		body: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
		output: [{ success: true }],
	},
];

describe('Planday employee image custom fields', () => {
	const planday = usePlanday({ employees: 12, shifts: 10 });
	const storedValue = (employeeId: number) =>
		planday.sandbox.state.data.employees.find((employee) => employee.id === employeeId)?.custom_1003
			.value;
	const valueRequests = () => planday.sandbox.server.requests(/\/customfields\//);
	/** The next custom-field request is answered 200 with this JSON text. */
	const answerOnce = (body: string) =>
		planday.sandbox.server.inject({
			kind: 'rewrite',
			count: 1,
			path: /customfields/,
			response: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body }),
		});
	const gifItem = (fileName = 'badge.gif', mimeType = 'image/gif') => ({
		__binary: { data: GIF_BASE64, fileName, mimeType },
	});

	test('Get outputs the value Planday answers as one JSON string: the data URI', async () => {
		const items = json(
			await planday.run({
				resource: 'employee',
				operation: 'getCustomFieldValue',
				employeeId: byId(1001),
				customPropertyName: 'custom_1003',
			}),
		);

		expect(items).toEqual([
			{ employeeId: 1001, customPropertyName: 'custom_1003', value: SEEDED_PNG },
		]);
		const request = expectOneRequest(
			planday.sandbox.server,
			'GET /hr/v1.0/employees/1001/customfields/custom_1003/value',
		);
		expect(request.headers['x-clientid']).toBe(planday.sandbox.clientId);
	});

	test('Get with Download puts the decoded image in the named binary field, typed from the data URI', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1004),
			customPropertyName: 'custom_1003',
			download: true,
			binaryPropertyName: 'photo',
		});

		const [item] = run.items;
		expect(json(run)).toEqual([
			{ employeeId: 1004, customPropertyName: 'custom_1003', mimeType: 'image/png' },
		]);
		expect(item.binary?.photo).toMatchObject({
			mimeType: 'image/png',
			fileName: '1004-custom_1003.png',
			fileExtension: 'png',
		});
		const bytes = Buffer.from(item.binary!.photo.data, 'base64');
		expect(bytes.toString('base64')).toBe(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		);
		expectOneRequest(
			planday.sandbox.server,
			'GET /hr/v1.0/employees/1004/customfields/custom_1003/value',
		);
	});

	test('Get with Download of a field whose value Planday answers as null gives value null and no file', async () => {
		answerOnce('null');

		const run = await planday.run({
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1002),
			customPropertyName: 'custom_1003',
			download: true,
			binaryPropertyName: 'data',
		});

		expect(json(run)).toEqual([
			{ employeeId: 1002, customPropertyName: 'custom_1003', value: null },
		]);
		expect(run.items[0].binary).toBeUndefined();
	});

	test('Get with Download refuses a value that is not a data URI, naming field, employee and item', async () => {
		answerOnce('"https://files.example.com/photo.png"');

		const run = await planday.run({
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1001),
			customPropertyName: 'custom_1003',
			download: true,
			binaryPropertyName: 'data',
		});

		expect(run.error?.message).toBe(
			'Planday returned a value that is not a base64 data URI for custom field custom_1003 of employee 1001 (item 0)',
		);
	});

	test('Get of a field without a value reads as Planday’s 404', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'getCustomFieldValue',
			employeeId: byId(1002),
			customPropertyName: 'custom_1003',
		});

		expect(run.error?.message).toBe(
			'Planday could not find the requested record (404): Custom field custom_1003 has no value',
		);
	});

	test('Create sends the input item’s binary file as one JSON string, a data URI of the file’s type', async () => {
		const items = json(
			await planday.run(
				{
					resource: 'employee',
					operation: 'createCustomFieldValue',
					employeeId: byId(1002),
					customPropertyName: 'custom_1003',
					valueSource: 'binary',
					binaryPropertyName: 'data',
				},
				[gifItem()],
			),
		);

		expect(items).toEqual([{ success: true }]);
		const request = expectOneRequest(
			planday.sandbox.server,
			'POST /hr/v1.0/employees/1002/customfields/custom_1003/value',
			'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
		);
		expect(request.headers['content-type']).toBe('application/json');
		expect(request.status).toBe(200);
		expect(storedValue(1002)).toBe(
			'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
		);
	});

	test('Update sends the data URI text given', async () => {
		const jpeg =
			'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAv/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AL+AD//Z';

		const items = json(
			await planday.run({
				resource: 'employee',
				operation: 'updateCustomFieldValue',
				employeeId: byId(1007),
				customPropertyName: 'custom_1003',
				valueSource: 'dataUri',
				dataUri: ` ${jpeg} `,
			}),
		);

		expect(items).toEqual([{ success: true }]);
		const request = expectOneRequest(
			planday.sandbox.server,
			'PUT /hr/v1.0/employees/1007/customfields/custom_1003/value',
			jpeg,
		);
		expect(request.headers['content-type']).toBe('application/json');
		expect(storedValue(1007)).toBe(jpeg);
	});

	test('text that is not a data URI is refused naming the field and the item, and nothing is sent', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'updateCustomFieldValue',
			employeeId: byId(1007),
			customPropertyName: 'custom_1003',
			valueSource: 'dataUri',
			dataUri: 'https://files.example.com/photo.png',
		});

		expect(run.error?.message).toBe(
			'"https://files.example.com/photo.png" is not a base64 data URI for \'Data URI\' (item 0)',
		);
		expect(run.error?.description).toBe(
			'Give the image as data:<type>;base64,<data>, e.g. data:image/png;base64,iVBORw0KGgo…',
		);
		expect(valueRequests()).toHaveLength(0);
	});

	test.each([
		['an impossible length', 'data:image/png;base64,iVBORw0KG'],
		['padding in the wrong place', 'data:image/png;base64,iVBORw0KGgo=='],
		['bits past the last byte', 'data:image/png;base64,iVBORw0KGgp='],
		['no data: header', 'image/png;base64,iVBORw0KGgo='],
		['no base64 marker', 'data:image/png,iVBORw0KGgo='],
		['a line break inside', 'data:image/png;base64,iVBORw0K\nGgo='],
	])(
		'a data URI with %s is refused naming the field, and nothing is sent',
		async (_problem, dataUri) => {
			const run = await planday.run({
				resource: 'employee',
				operation: 'updateCustomFieldValue',
				employeeId: byId(1007),
				customPropertyName: 'custom_1003',
				valueSource: 'dataUri',
				dataUri,
			});

			expect(run.error?.message).toBe(
				`"${dataUri}" is not a base64 data URI for 'Data URI' (item 0)`,
			);
			expect(valueRequests()).toHaveLength(0);
		},
	);

	test('an item without the binary field is refused naming the field and the item; the items before it are sent', async () => {
		const run = await planday.run(
			{
				resource: 'employee',
				operation: 'createCustomFieldValue',
				employeeId: byId(1005),
				customPropertyName: 'custom_1003',
				valueSource: 'binary',
				binaryPropertyName: 'data',
			},
			[gifItem(), { name: 'no file here' }],
		);

		expect(run.error?.message).toBe(
			'The input item has no binary field "data" for \'Input Binary Field\' (item 1)',
		);
		expect(run.error?.description).toBe(
			'The input item holds no file; read one first, e.g. with Read/Write Files from Disk or HTTP Request',
		);
		expect(valueRequests().map(requestLine)).toEqual([
			'POST /hr/v1.0/employees/1005/customfields/custom_1003/value',
		]);
	});

	test('a binary field named wrong is refused listing the fields the item has', async () => {
		const run = await planday.run(
			{
				resource: 'employee',
				operation: 'updateCustomFieldValue',
				employeeId: byId(1001),
				customPropertyName: 'custom_1003',
				valueSource: 'binary',
				binaryPropertyName: 'photo',
			},
			[gifItem()],
		);

		expect(run.error?.message).toBe(
			'The input item has no binary field "photo" for \'Input Binary Field\' (item 0)',
		);
		expect(run.error?.description).toBe("The item's binary fields: data");
		expect(valueRequests()).toHaveLength(0);
	});

	test('Planday’s refusal of a field that is not an image field reads clearly', async () => {
		const run = await planday.run(
			{
				resource: 'employee',
				operation: 'createCustomFieldValue',
				employeeId: byId(1008),
				customPropertyName: 'custom_1001',
				valueSource: 'binary',
				binaryPropertyName: 'data',
			},
			[gifItem()],
		);

		expect(run.error?.message).toBe(
			'Planday rejected the request (400): Custom field custom_1001 is not an image field',
		);
	});
});

describe('Planday employee custom field values on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a custom field key that resolves to nothing is refused naming the field, and nothing is sent', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'deleteCustomFieldValue',
			employeeId: byId(1004),
			customPropertyName: ' ',
		});

		expect(run.error?.message).toBe("No field given for 'Custom Field' (item 0)");
		expect(planday.sandbox.server.requests(/customfields/)).toHaveLength(0);
	});
});
