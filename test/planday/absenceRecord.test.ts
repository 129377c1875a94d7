import { checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'absenceRecord getAll with statuses',
		parameters: {
			resource: 'absenceRecord',
			operation: 'getAll',
			returnAll: true,
			filters: { statuses: ['Declined'], startDate: '2026-12-01' },
		},
		request: 'GET /absence/v1.0/absencerecords?startDate=2026-12-01&statuses=Declined',
		output: (items) => expect(items.every((record) => record.status === 'Declined')).toBe(true),
	},
	{
		title: 'absenceRecord get',
		parameters: { resource: 'absenceRecord', operation: 'get', absenceRecordId: '11001' },
		request: 'GET /absence/v1.0/absencerecords/11001',
		output: [expect.objectContaining({ id: 11001, status: 'Approved' })],
	},
];

describe('Planday absence record', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
