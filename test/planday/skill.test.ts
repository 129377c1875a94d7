import { byId, checkCase, type PlandayCase, SMALL_PORTAL, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'skill getAll reads the bare array',
		parameters: { resource: 'skill', operation: 'getAll', returnAll: false, limit: 2 },
		request: 'GET /hr/v1.0/skills',
		output: (items) => expect(items.map((item) => item.skillId)).toEqual([601, 602]),
	},
	{
		title: 'skill create',
		parameters: {
			resource: 'skill',
			operation: 'create',
			name: 'Sommelier',
			isTimeLimited: false,
			additionalFields: { description: 'Wine' },
		},
		request: 'POST /hr/v1.0/skills',
		body: { name: 'Sommelier', isTimeLimited: false, description: 'Wine' },
		output: [{ success: true }],
	},
	{
		title: 'skill update names the skill in the query',
		parameters: {
			resource: 'skill',
			operation: 'update',
			skillId: byId(601),
			name: 'Food hygiene level 3',
			isTimeLimited: true,
		},
		request: 'PUT /hr/v1.0/skills?skillId=601',
		body: { name: 'Food hygiene level 3', isTimeLimited: true },
		output: [{ success: true }],
	},
	{
		title: 'skill delete names the skill in the query',
		parameters: { resource: 'skill', operation: 'delete', skillId: byId(602) },
		request: 'DELETE /hr/v1.0/skills?skillId=602',
		output: [{ success: true }],
	},
];

const smallPortalCases: PlandayCase[] = [
	{
		title: 'skill getForDepartment',
		parameters: {
			resource: 'skill',
			operation: 'getForDepartment',
			departmentId: byId(101),
			returnAll: true,
			filters: { employeeGroupId: byId(202) },
		},
		request: 'GET /scheduling/v1.0/skills?departmentId=101&employeeGroupId=202&limit=50&offset=0',
		output: [expect.objectContaining({ id: 602, name: 'Barista', employeeGroupIds: [202] })],
	},
];

describe('Planday skill', () => {
	const planday = usePlanday();

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});

describe('Planday skill on a small portal', () => {
	const planday = usePlanday(SMALL_PORTAL);

	test.each(smallPortalCases)('$title', async (testCase) => await checkCase(planday, testCase));
});
