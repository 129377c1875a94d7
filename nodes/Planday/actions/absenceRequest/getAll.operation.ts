import { list } from '../operations';
import { absenceFilters, absenceQuery } from '../absenceRecord/filters';

export const { description, execute } = list({
	resource: 'absenceRequest',
	operation: 'getAll',
	path: '/absence/v1.0/absencerequests',
	scope: 'absence:read',
	filters: absenceFilters('status', ['Approved', 'Declined', 'Pending']),
	query: absenceQuery,
});
