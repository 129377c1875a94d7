import { checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'section getAll',
		parameters: {
			resource: 'section',
			operation: 'getAll',
			returnAll: true,
			filters: { departmentId: 101 },
		},
		request: 'GET /scheduling/v1.0/sections?departmentId=101&limit=50&offset=0',
		output: [{ id: 801, name: 'Kitchen floor', departmentId: 101 }],
	},
];

describe('Planday section', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
