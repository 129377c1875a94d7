import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'contractRule getAll',
		parameters: { resource: 'contractRule', operation: 'getAll', returnAll: true },
		request: 'GET /contractrules/v1.0/contractrules?limit=50&offset=0',
		output: [
			{ id: 1, name: '37 hours' },
			{ id: 2, name: 'Student, 15 hours' },
		],
	},
	{
		title: 'contractRule assign sends the employee id as a string in the body',
		parameters: {
			resource: 'contractRule',
			operation: 'assign',
			employeeId: byId(1007),
			contractRuleId: 2,
		},
		request: 'PUT /contractrules/v1.0/employees/1007?contractRuleId=2',
		body: { employeeId: '1007' },
		output: [{ success: true }],
	},
	{
		title: 'contractRule get',
		parameters: { resource: 'contractRule', operation: 'get', employeeId: byId(1007) },
		request: 'GET /contractrules/v1.0/employees/1007',
		output: [{ id: 2, name: 'Student, 15 hours' }],
	},
];

describe('Planday contract rule', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
