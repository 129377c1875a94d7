import { byId, checkCase, startPlanday, type PlandayCase, type PlandayFixture } from '../harness/planday';

/** Endpoints added for the whole documented API: each operation's one request and its output. */
const cases: PlandayCase[] = [
	{
		title: 'employee changeUserName',
		parameters: { resource: 'employee', operation: 'changeUserName', employeeId: byId(1003), newUsername: 'new.login@example.com' },
		request: { method: 'PUT', path: '/hr/v1.0/employees/1003/change_username', body: { newUsername: 'new.login@example.com' } },
		output: [{ success: true }],
	},
	{
		title: 'employee getTerminationTypes',
		parameters: { resource: 'employee', operation: 'getTerminationTypes' },
		request: { method: 'GET', path: '/hr/v1.0/terminationtypes' },
		output: [{ id: 1, name: 'Resignation' }, { id: 2, name: 'Dismissal' }, { id: 3, name: 'End of contract' }],
	},
	{
		title: 'employee deactivate with a termination type from the list',
		parameters: { resource: 'employee', operation: 'deactivate', employeeId: byId(1011), additionalFields: { terminationTypeId: 2 } },
		request: { method: 'PUT', path: '/hr/v1.0/employees/deactivate/1011', body: { terminationTypeId: 2 } },
		output: [{ success: true }],
	},
	{
		title: 'employee deleteCustomFieldValue',
		parameters: { resource: 'employee', operation: 'deleteCustomFieldValue', employeeId: byId(1004), customPropertyName: 'custom_1001' },
		request: { method: 'DELETE', path: '/hr/v1.0/employees/1004/customfields/custom_1001/value' },
		output: [{ success: true }],
	},
	{
		title: 'employee update without checking required fields',
		parameters: { resource: 'employee', operation: 'update', employeeId: byId(1005), updateFields: { mappingMode: 'defineBelow', value: { city: 'Odense' } }, options: { useValidation: false } },
		request: { method: 'PUT', path: '/hr/v1.0/employees/1005', query: { useValidation: 'false' }, body: { city: 'Odense' } },
		output: [{ success: true }],
	},
	{
		title: 'department get including deleted ones',
		parameters: { resource: 'department', operation: 'get', departmentId: byId(101), options: { includeDeleted: true } },
		request: { method: 'GET', path: '/hr/v1.0/departments/101', query: { includeDeleted: 'true' } },
		output: [{ id: 101, name: 'Kitchen', number: 'D1' }],
	},
	{
		title: 'department getEmployees',
		parameters: { resource: 'department', operation: 'getEmployees', departmentId: byId(104) },
		request: { method: 'GET', path: '/hr/v1.0/departments/104/employees' },
		output: [{ employeeId: 1004 }, { employeeId: 1008 }, { employeeId: 1012 }],
	},
	{
		title: 'employee group getEmployees',
		parameters: { resource: 'employeeGroup', operation: 'getEmployees', employeeGroupId: byId(203) },
		request: { method: 'GET', path: '/hr/v1.0/employeegroups/203/employees' },
		output: [{ employeeId: 1003 }, { employeeId: 1006 }, { employeeId: 1009 }, { employeeId: 1012 }],
	},
];

describe('Planday coverage of the documented API', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday({ employees: 12, shifts: 40 });
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));

	test('a custom field key that resolves to nothing is refused naming the field, and nothing is sent', async () => {
		const run = await planday.run({ resource: 'employee', operation: 'deleteCustomFieldValue', employeeId: byId(1004), customPropertyName: ' ' });

		expect(run.error?.message).toBe("No field given for 'Custom Field' (item 0)");
		expect(planday.sandbox.server.requests(/customfields/)).toHaveLength(0);
	});
});
