import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { notFound, paged, requireFields, single } from '../support';

/** Revenue API: one revenue unit per department; turnover recorded per unit and day. */
export function registerRevenueRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const revenueUnits = data.departments.map((department, index) => ({ id: 901 + index, name: `${department.name} sales`, departmentId: department.id }));
	const revenue: Record<string, any>[] = [];

	router.get('/revenue/v1.0/revenueunits', (request) => paged(request, revenueUnits));
	router.post('/revenue/v1.0/revenue', (request) => {
		const invalid = requireFields(request.body, ['revenueUnitId', 'date', 'turnover']);
		if (invalid) return invalid;
		if (!revenueUnits.some((unit) => unit.id === request.body.revenueUnitId)) return notFound('Revenue unit', request.body.revenueUnitId);
		revenue.push(request.body);
		return single({ dayScheduleId: Number(String(request.body.date).replace(/-/g, '')), revenueUnitId: request.body.revenueUnitId });
	});
}
