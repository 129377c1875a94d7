import type { IDataObject } from 'n8n-workflow';

import { checkCase, NOVEMBER_2026, type PlandayCase, usePlanday } from '../harness/planday';

const cases: PlandayCase[] = [
	{
		title: 'payroll get returns the unwrapped payroll as one item',
		parameters: {
			resource: 'payroll',
			operation: 'get',
			departmentIds: [101, 102],
			from: '2026-11-01',
			to: '2026-11-01',
			options: { approvedOnly: false },
		},
		request: 'GET /payroll/v1.0/payroll?departmentIds=101,102&from=2026-11-01&to=2026-11-01',
		output: (items) => {
			expect(items).toHaveLength(1);
			expect(items[0].currencySymbol).toBe('kr.');
			const departments = new Set(
				(items[0].shiftsPayroll as IDataObject[]).map((shift) => shift.departmentId),
			);
			expect([...departments].sort()).toEqual([101, 102]);
		},
	},
];

describe('Planday payroll', () => {
	const planday = usePlanday({ now: NOVEMBER_2026 });

	test.each(cases)('$title', async (testCase) => await checkCase(planday, testCase));
});
