import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { notFound, paged, queryValue, requireFields, single } from '../support';

/** Revenue API: one revenue unit per department; turnover recorded per unit and day. */
export function registerRevenueRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const revenueUnits = data.departments.map((department, index) => ({
		id: 901 + index,
		name: `${department.name} sales`,
		departmentId: department.id,
	}));
	const revenue: Record<string, any>[] = [];

	router.get('/revenue/v1.0/revenueunits', (request) => paged(request, revenueUnits));
	router.post('/revenue/v1.0/revenue', (request) => {
		const invalid = requireFields(request.body, ['revenueUnitId', 'date', 'turnover']);
		if (invalid) return invalid;
		if (!revenueUnits.some((unit) => unit.id === request.body.revenueUnitId))
			return notFound('Revenue unit', request.body.revenueUnitId);
		revenue.push(request.body);
		return single({
			dayScheduleId: Number(String(request.body.date).replace(/-/g, '')),
			revenueUnitId: request.body.revenueUnitId,
		});
	});
	// GUESS: the revenue list and its filters (seen in one client only).
	router.get('/revenue/v1.0/revenue', (request) => {
		const departmentId = queryValue(request, 'departmentId');
		const from = queryValue(request, 'from');
		const to = queryValue(request, 'to');
		const unitIds = new Set(
			revenueUnits
				.filter((unit) => !departmentId || String(unit.departmentId) === departmentId)
				.map((unit) => unit.id),
		);
		return paged(
			request,
			revenue.filter(
				(entry) =>
					unitIds.has(entry.revenueUnitId) &&
					(!from || entry.date >= from) &&
					(!to || entry.date <= to),
			),
		);
	});
	// GUESS: unpaged, like the other department sub-lists.
	router.get('/revenue/v1.0/departments/:id/revenueunits', (request) => {
		if (!data.departments.some((department) => String(department.id) === request.params.id))
			return notFound('Department', request.params.id);
		return single(revenueUnits.filter((unit) => String(unit.departmentId) === request.params.id));
	});
}
