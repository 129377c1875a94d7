import { checkCase, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'employee type getAll',
		parameters: { resource: 'employeeType', operation: 'getAll', returnAll: true },
		request: 'GET /hr/v1.0/employeetypes?limit=50&offset=0',
		output: (items) =>
			expect(items.map((item) => item.name)).toEqual(['Full time', 'Part time', 'Student']),
	},
];

describe('Planday employee type', () => {
	const planday = usePlanday();

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
