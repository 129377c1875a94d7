import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { problem, single } from '../support';

/**
 * Reports API. GUESS: Planday does not publish the scheduling-history body; the sandbox takes
 * `from`/`to` dates (both required) and optional `departmentIds`, and answers the current state of
 * each matching shift as its only recorded state.
 */
export function registerReportRoutes(router: Router, state: PlandayState) {
	router.post('/reports/v1.0/schedulingHistory', (request) => {
		const { from, to, departmentIds } = request.body ?? {};
		if (!from || !to) return problem(400, 'Bad Request', 'from and to are required');
		const shifts = state.data.shifts.filter(
			(shift) =>
				shift.date >= from &&
				shift.date <= to &&
				(!Array.isArray(departmentIds) || departmentIds.includes(shift.departmentId)),
		);
		return single(
			shifts.map((shift) => ({ shiftId: shift.id, states: [{ ...shift, breaks: [] }] })),
		);
	});
}
