import type { INodeParameters } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { expectOneRequest } from '../harness/expectRequest';
import {
	byId,
	checkCase,
	json,
	type PlandayCase,
	PLANDAY_CREDENTIAL_ID,
	SMALL_PORTAL,
	usePlanday,
} from '../harness/planday';

const { resourceMapping } = new Planday().methods;

const smallPortalCases: PlandayCase[] = [
	{
		title: 'employee changeUserName',
		parameters: {
			resource: 'employee',
			operation: 'changeUserName',
			employeeId: byId(1003),
			newUsername: 'new.login@example.com',
		},
		request: 'PUT /hr/v1.0/employees/1003/change_username',
		body: { newUsername: 'new.login@example.com' },
		output: [{ success: true }],
	},
	{
		title: 'employee update without checking required fields',
		parameters: {
			resource: 'employee',
			operation: 'update',
			employeeId: byId(1005),
			updateFields: { mappingMode: 'defineBelow', value: { city: 'Odense' } },
			options: { useValidation: false },
		},
		request: 'PUT /hr/v1.0/employees/1005?useValidation=false',
		body: { city: 'Odense' },
		output: [{ success: true }],
	},
];

describe('Planday employee', () => {
	const planday = usePlanday();

	test('Get Many with Return All reads all 240 employees in 5 pages of 50, each overlapping the last by one', async () => {
		const employees = json(
			await planday.run({ resource: 'employee', operation: 'getAll', returnAll: true }),
		);

		expect(employees).toHaveLength(240);
		expect(new Set(employees.map((employee) => employee.id)).size).toBe(240);
		const pages = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(pages.map((page) => [page.query.limit, page.query.offset])).toEqual([
			['50', '0'],
			['50', '49'],
			['50', '98'],
			['50', '147'],
			['50', '196'],
		]);
	});

	test('Get Many with a Limit asks for no more than it needs', async () => {
		const employees = json(
			await planday.run({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 7 }),
		);

		expect(employees).toHaveLength(7);
		const pages = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(pages).toHaveLength(1);
		expect(pages[0].query).toMatchObject({ limit: '7', offset: '0' });
	});

	test('Get Many sends date filters as UTC date-times and sensitive fields as a list', async () => {
		await planday.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
			filters: { modifiedFrom: '2026-11-01T10:00:00', searchQuery: 'anna' },
			options: { special: ['BirthDate', 'Ssn'] },
		});

		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/);
		expect(request.query).toMatchObject({
			modifiedFrom: '2026-11-01T10:00:00Z',
			searchQuery: 'anna',
			special: 'BirthDate,Ssn',
		});
	});

	test('Get Many with a search that resolved to empty is refused naming the filter, and nothing is listed', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'getAll',
			returnAll: true,
			filters: { searchQuery: '={{ "" }}' },
		});

		expect(run.error?.message).toBe("No value given for 'Search' (item 0)");
		expect(planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees$/)).toHaveLength(0);
	});

	test('Get and Get Many return the simplified employee by default and the whole record with Simplify off', async () => {
		const simple = json(
			await planday.run({
				resource: 'employee',
				operation: 'get',
				employeeId: byId(1002),
			}),
		);
		const [listed] = json(
			await planday.run({ resource: 'employee', operation: 'getAll', returnAll: false, limit: 1 }),
		);
		const full = json(
			await planday.run({
				resource: 'employee',
				operation: 'get',
				employeeId: byId(1002),
				simplify: false,
			}),
		);

		const simpleFields = [
			'cellPhone',
			'deactivationDate',
			'departments',
			'email',
			'employeeGroups',
			'employeeTypeId',
			'firstName',
			'id',
			'jobTitle',
			'lastName',
			'primaryDepartmentId',
			'salaryIdentifier',
			'supervisorId',
		];
		expect(Object.keys(simple[0]).sort()).toEqual(simpleFields);
		expect(Object.keys(listed).sort()).toEqual(simpleFields);
		expect(full[0]).toEqual(
			expect.objectContaining({
				id: 1002,
				gender: expect.any(String),
				custom_1001: expect.objectContaining({ name: 'T-shirt size' }),
			}),
		);
	});

	test('Get reads one employee by id, paired with its input item', async () => {
		const run = await planday.run(
			{
				resource: 'employee',
				operation: 'get',
				employeeId: byId(1002),
			},
			[{ row: 1 }],
		);

		expect(json(run)).toEqual([
			expect.objectContaining({ id: 1002, firstName: expect.any(String) }),
		]);
		expect(run.items[0].pairedItem).toEqual({ item: 0 });
		const [request] = planday.sandbox.server.requests(/^\/hr\/v1\.0\/employees\/1002$/);
		expect(request.method).toBe('GET');
	});

	test('Get of an unknown employee reads as a clear 404', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'get',
			employeeId: byId(999),
		});

		expect(run.error?.message).toBe(
			"Planday could not find the requested record (404): Employee with given id 999 doesn't exist",
		);
	});
});

describe('Planday employee changes', () => {
	const planday = usePlanday({}, { freshForEachTest: true });
	const editor = () =>
		planday.engine.loadOptionsContext(
			'planday',
			{ resource: 'employee', operation: 'create' },
			{ plandayApi: PLANDAY_CREDENTIAL_ID },
		);

	/** A resource-mapper value as the editor saves it: the fields Planday listed, and the values set. */
	async function mapped(
		method: 'getEmployeeCreateFields' | 'getEmployeeUpdateFields',
		value: Record<string, unknown>,
	) {
		const { fields } = await resourceMapping[method].call(editor());
		planday.sandbox.server.clearLog();
		return {
			mappingMode: 'defineBelow',
			value,
			matchingColumns: [],
			schema: fields,
			attemptToConvertTypes: false,
			convertFieldsToString: false,
		} as unknown as INodeParameters;
	}

	test('Create sends the required fields, then the mapped portal fields (dates as yyyy-mm-dd, custom fields as they are)', async () => {
		const sentAsTheyAre = {
			employeeGroups: [202],
			email: 'nora@example.com',
			primaryDepartmentId: 102,
			gender: 'Female',
			custom_1001: 'M',
			custom_1002: 17,
		};
		const [created] = json(
			await planday.run({
				resource: 'employee',
				operation: 'create',
				firstName: 'Nora',
				lastName: 'Lund',
				userName: 'nora.lund@nordicbistro.example',
				departmentIds: [101, 102],
				additionalFields: await mapped('getEmployeeCreateFields', {
					...sentAsTheyAre,
					hiredFrom: '2026-12-01T00:00:00',
					jobTitle: null,
				}),
			}),
		);

		const request = expectOneRequest(planday.sandbox.server, 'POST /hr/v1.0/employees');
		expect(request.body).toEqual({
			firstName: 'Nora',
			lastName: 'Lund',
			userName: 'nora.lund@nordicbistro.example',
			departments: [101, 102],
			hiredFrom: '2026-12-01',
			...sentAsTheyAre,
		});
		expect(created).toMatchObject({
			id: 900001,
			firstName: 'Nora',
			custom_1001: 'M',
			dateTimeCreated: expect.stringMatching(/^\d{4}-/),
		});
	});

	test('Create with Map Automatically takes the input item’s fields the portal form knows', async () => {
		await planday.run(
			{
				resource: 'employee',
				operation: 'create',
				firstName: 'Ole',
				lastName: 'Berg',
				userName: 'ole@example.com',
				departmentIds: [103],
				additionalFields: {
					...(await mapped('getEmployeeCreateFields', {})),
					mappingMode: 'autoMapInputData',
					value: null,
				},
			},
			[{ jobTitle: 'Barista', custom_1001: 'L', notAPlandayField: 'x', birthDate: '1990-05-04' }],
		);

		expectOneRequest(planday.sandbox.server, 'POST /hr/v1.0/employees', {
			firstName: 'Ole',
			lastName: 'Berg',
			userName: 'ole@example.com',
			departments: [103],
			jobTitle: 'Barista',
			custom_1001: 'L',
			birthDate: '1990-05-04',
		});
	});

	test('Create without a required field reads as Planday’s validation message', async () => {
		const run = await planday.run({
			resource: 'employee',
			operation: 'create',
			firstName: 'No',
			lastName: 'Login',
			userName: '={{ "" }}',
			departmentIds: [101],
		});

		expect(run.error?.message).toBe(
			'Planday rejected the request (400): One or more validation errors occurred.; userName: The userName field is required.',
		);
	});

	test('Update sends only the mapped fields and answers success; a bad department reads as Planday’s 409', async () => {
		const before = planday.sandbox.state.data.employees.find(
			(employee) => employee.id === 1005,
		)!.dateTimeModified;
		const ok = json(
			await planday.run({
				resource: 'employee',
				operation: 'update',
				employeeId: byId(1005),
				updateFields: await mapped('getEmployeeUpdateFields', {
					jobTitle: 'Head Chef',
					supervisorId: 7001,
					custom_1001: 'XL',
				}),
			}),
		);
		expect(ok).toEqual([{ success: true }]);
		expectOneRequest(planday.sandbox.server, 'PUT /hr/v1.0/employees/1005', {
			jobTitle: 'Head Chef',
			supervisorId: 7001,
			custom_1001: 'XL',
		});
		const after = planday.sandbox.state.data.employees.find((employee) => employee.id === 1005)!;
		expect(after).toMatchObject({ jobTitle: 'Head Chef', supervisorId: 7001, custom_1001: 'XL' });
		expect(after.dateTimeModified > before).toBe(true);

		const failed = await planday.run({
			resource: 'employee',
			operation: 'update',
			employeeId: byId(1005),
			updateFields: await mapped('getEmployeeUpdateFields', { departments: [999] }),
		});
		expect(failed.error?.message).toBe(
			'Planday rejected the data (409): You need to supply a valid employee to save',
		);
	});

	test('the mapper lists the portal’s form: custom fields by label, dropdowns for ids and enums, read-only fields hidden', async () => {
		const create = await resourceMapping.getEmployeeCreateFields.call(editor());
		const byId = Object.fromEntries(create.fields.map((field) => [field.id, field]));

		// The four top-level parameters are not offered twice; supervisors only exist on update.
		expect(
			['firstName', 'lastName', 'userName', 'departments', 'supervisorId'].filter(
				(field) => field in byId,
			),
		).toEqual([]);
		expect(byId.custom_1001).toMatchObject({
			displayName: 'T-shirt size',
			type: 'string',
			required: false,
			display: true,
		});
		expect(byId.custom_1002).toMatchObject({ displayName: 'Locker number', type: 'number' });
		expect(byId.hiredFrom).toMatchObject({ displayName: 'Hired From', type: 'dateTime' });
		expect(byId.employeeGroups).toMatchObject({ displayName: 'Employee Group IDs', type: 'array' });
		expect(byId.gender.options).toEqual([
			{ name: 'Male', value: 'Male' },
			{ name: 'Female', value: 'Female' },
		]);
		expect(byId.primaryDepartmentId).toMatchObject({
			displayName: 'Primary Department ID',
			type: 'options',
		});
		expect(byId.primaryDepartmentId.options?.map((option) => option.name)).toEqual([
			'Bar',
			'Front of House',
			'Kitchen',
			'Management',
		]);
		expect(byId.employeeTypeId.options?.map((option) => option.value)).toEqual([301, 302, 303]);
		expect(byId.dateTimeCreated.display).toBe(false);
		const [definitions] = planday.sandbox.server.requests(/fielddefinitions$/);
		expect(definitions.query).toEqual({ type: 'Post' });

		const update = await resourceMapping.getEmployeeUpdateFields.call(editor());
		expect(update.fields.map((field) => field.id)).toEqual(
			expect.arrayContaining(['supervisorId', 'departments', 'firstName']),
		);
	});

	test('Get Field Definitions returns the portal’s form for create or update', async () => {
		const [definitions] = json(
			await planday.run({ resource: 'employee', operation: 'getFieldDefinitions', type: 'Put' }),
		);

		expectOneRequest(planday.sandbox.server, 'GET /hr/v1.0/employees/fielddefinitions?type=Put');
		expect(definitions.properties).toHaveProperty('supervisorId');
		expect(definitions.properties).toHaveProperty('custom_1001');
	});

	test('Get Supervisors and Get History read their lists', async () => {
		const supervisors = json(
			await planday.run({ resource: 'employee', operation: 'getSupervisors', returnAll: true }),
		);
		expect(supervisors).toHaveLength(5);
		expect(supervisors[0]).toEqual({ id: 7001, employeeId: 1001, name: expect.any(String) });

		json(
			await planday.run({
				resource: 'employee',
				operation: 'update',
				employeeId: byId(1002),
				updateFields: await mapped('getEmployeeUpdateFields', { city: 'Aarhus' }),
			}),
		);
		const history = json(
			await planday.run({
				resource: 'employee',
				operation: 'getHistory',
				employeeId: byId(1002),
				returnAll: true,
				filters: { startDateTime: '2026-01-01' },
			}),
		);
		expect(history).toEqual([
			expect.objectContaining({ op: 'replace', path: '/city', value: 'Aarhus' }),
		]);
		const [request] = planday.sandbox.server.requests(/history$/);
		expect(request.query).toMatchObject({ startDateTime: '2026-01-01T00:00:00Z' });
	});
});

describe('Planday employee on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
