import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { problem, queryList, queryValue } from '../support';

/** Payroll API: one unwrapped answer per department set and period. */
export function registerPayrollRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	// Payroll is the one Planday answer that is not wrapped in `data`.
	router.get('/payroll/v1.0/payroll', (request) => {
		const departmentIds = queryList(request, 'departmentIds').map(Number);
		const from = queryValue(request, 'from');
		const to = queryValue(request, 'to');
		if (!departmentIds.length || !from || !to)
			return problem(400, 'Bad Request', 'departmentIds, from and to are required');
		const shifts = data.shifts.filter(
			(shift) =>
				departmentIds.includes(shift.departmentId) &&
				shift.date >= from &&
				shift.date <= to &&
				shift.employeeId &&
				(queryValue(request, 'shiftStatus')
					? shift.status === queryValue(request, 'shiftStatus')
					: true),
		);
		return {
			status: 200,
			body: {
				shiftsPayroll: shifts.map((shift) => ({
					id: shift.id,
					employeeId: shift.employeeId,
					departmentId: shift.departmentId,
					date: shift.date,
					start: shift.startDateTime,
					end: shift.endDateTime,
					salaryCode: 'N1',
					wage: { rate: 150, type: 'PerHour' },
					supplements: [],
					breaks: [],
				})),
				supplementsPayroll: [],
				salariedPayroll: [],
				currencySymbol: 'kr.',
				currencyFormatString: '{0} kr.',
			},
		};
	});
}
