import { list } from '../operations';
import { absenceFilters, absenceQuery } from '../absenceRecord/filters';

export const { description, execute } = list({
	resource: 'absenceAccount',
	operation: 'getAll',
	path: '/absence/v1.0/accounts',
	scope: 'absence:read',
	filters: absenceFilters('status', ['Active', 'Inactive']),
	query: absenceQuery,
});
