import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'shiftType getAll',
		parameters: {
			resource: 'shiftType',
			operation: 'getAll',
			returnAll: true,
			filters: { isActive: true },
		},
		request: 'GET /scheduling/v1.0/shifttypes?isActive=true&limit=50&offset=0',
		output: (items) => expect(items.map((type) => type.name)).toEqual(['Normal', 'Evening']),
	},
	{
		title: 'shiftType create',
		parameters: {
			resource: 'shiftType',
			operation: 'create',
			name: 'Night',
			color: '#000000',
			salaryCode: 'N2',
			additionalFields: { allowsBreaks: false },
		},
		request: 'POST /scheduling/v1.0/shifttypes',
		body: { name: 'Night', color: '#000000', salaryCode: 'N2', allowsBreaks: false },
		output: [expect.objectContaining({ id: expect.any(Number), name: 'Night' })],
	},
	{
		title: 'shiftType update',
		parameters: {
			resource: 'shiftType',
			operation: 'update',
			shiftTypeId: byId(402),
			name: 'Late',
			color: '#b94a48',
			salaryCode: 'E1',
		},
		request: 'PUT /scheduling/v1.0/shifttypes/402',
		body: { name: 'Late', color: '#b94a48', salaryCode: 'E1' },
		output: [{ success: true }],
	},
];

describe('Planday shift type', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
