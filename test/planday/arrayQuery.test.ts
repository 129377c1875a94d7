import { json, usePlanday } from '../harness/planday';

/**
 * How several ids go in one query parameter (the transport's ARRAY_QUERY_FORMAT): one
 * comma-separated value, as the working clients send (`departmentIds=101,102`,
 * `DepartmentId=101,102`). The sandbox log keeps the last value of a repeated parameter, so the
 * repeated form (`departmentIds=101&departmentIds=102`) would read as `102` here.
 */
describe('Planday multi-value query parameters', () => {
	const planday = usePlanday({ employees: 12, shifts: 60 });

	const payroll = async () => {
		json(
			await planday.run({
				resource: 'payroll',
				operation: 'get',
				departmentIds: [101, 102],
				from: '2026-11-01',
				to: '2026-11-30',
			}),
		);
		return planday.sandbox.server.requests(/^\/payroll\/v1\.0\/payroll$/)[0].query;
	};
	const shifts = async () => {
		json(
			await planday.run({
				resource: 'shift',
				operation: 'getAll',
				returnAll: true,
				filters: { from: '2026-11-01', to: '2026-11-30', departmentIds: [101, 102] },
			}),
		);
		return planday.sandbox.server.requests(/^\/scheduling\/v1\.0\/shifts$/)[0].query;
	};

	test('payroll sends several departments as one comma-separated value: departmentIds=101,102', async () => {
		expect(await payroll()).toEqual({
			departmentIds: '101,102',
			from: '2026-11-01',
			to: '2026-11-30',
		});
	});

	test('the shift list sends several departments as one comma-separated value: departmentId=101,102', async () => {
		expect(await shifts()).toMatchObject({ departmentId: '101,102' });
	});
});
