import { expectOneRequest } from '../harness/expectRequest';
import { byId, usePlanday } from '../harness/planday';

/** Request shapes that independent sources contradict, as those sources send them. */
describe('Planday request shapes checked against working clients', () => {
	const planday = usePlanday();

	test('registrations that are not a JSON list are refused naming the field and the item', async () => {
		const run = await planday.run({
			resource: 'absenceRequest',
			operation: 'create',
			start: '2027-04-01',
			end: '2027-04-02',
			registrations: '{"date": "2027-04-01"}',
		});

		expect(run.error?.message).toBe("Not a JSON list for 'Registrations (JSON)' (item 0)");
		expect(planday.sandbox.server.requests(/absencerequests$/, 'POST')).toHaveLength(0);
	});

	test('reactivate without departments sends only the comment (departments are optional)', async () => {
		await planday.run({ resource: 'employee', operation: 'deactivate', employeeId: byId(1020) });
		planday.sandbox.server.clearLog();

		const run = await planday.run({
			resource: 'employee',
			operation: 'reactivate',
			employeeId: byId(1020),
			additionalFields: { comment: 'Seasonal return' },
		});

		expect(run.error).toBeUndefined();
		expectOneRequest(planday.sandbox.server, 'PUT /hr/v1.0/employees/reactivate/1020', {
			comment: 'Seasonal return',
		});
		// Planday keeps the departments the employee had.
		expect(
			planday.sandbox.state.data.employees.find((employee) => employee.id === 1020)?.departments,
		).toEqual([104]);
	});

	test('a 403 on deactivate names the scope the reference gives, employee:update', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/hr\/v1\.0\/employees\/deactivate\//,
		});

		const run = await planday.run({
			resource: 'employee',
			operation: 'deactivate',
			employeeId: byId(1021),
		});

		expect(run.error?.message).toMatch(
			/^Planday refused access \(403\): the API app needs the scope "employee:update"\./,
		);
	});
});
