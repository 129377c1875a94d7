import { byId, checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'position getAll',
		parameters: { resource: 'position', operation: 'getAll', returnAll: true },
		request: 'GET /scheduling/v1.0/positions?limit=50&offset=0',
		output: (items) => expect(items).toHaveLength(4),
	},
	{
		title: 'position get',
		parameters: { resource: 'position', operation: 'get', positionId: byId(701) },
		request: 'GET /scheduling/v1.0/positions/701',
		output: [expect.objectContaining({ id: 701, name: 'Kitchen lead' })],
	},
	{
		title: 'position create',
		parameters: {
			resource: 'position',
			operation: 'create',
			departmentId: 102,
			employeeGroupId: 202,
			name: 'Host',
			affectRevenue: true,
			additionalFields: { validFrom: '2026-12-01T00:00:00' },
		},
		request: 'POST /scheduling/v1.0/positions',
		body: {
			departmentId: 102,
			employeeGroupId: 202,
			name: 'Host',
			affectRevenue: true,
			validFrom: '2026-12-01',
		},
		output: [expect.objectContaining({ id: expect.any(Number), name: 'Host' })],
	},
	{
		title: 'position update',
		parameters: {
			resource: 'position',
			operation: 'update',
			positionId: byId(702),
			name: 'Floor lead',
			affectRevenue: false,
			updateFields: { color: '#00ff00' },
		},
		request: 'PUT /scheduling/v1.0/positions/702',
		body: { name: 'Floor lead', affectRevenue: false, color: '#00ff00' },
		output: [{ success: true }],
	},
	{
		title: 'position delete says what happens to its shifts',
		parameters: {
			resource: 'position',
			operation: 'delete',
			positionId: byId(704),
			deleteOption: 'ReplacePosition',
			replacementPositionId: 701,
		},
		request:
			'DELETE /scheduling/v1.0/positions/704?deleteOption=ReplacePosition&replacementPositionId=701',
		output: [{ success: true }],
	},
];

describe('Planday position', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
