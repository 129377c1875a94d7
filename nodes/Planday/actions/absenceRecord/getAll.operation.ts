import { list } from '../operations';
import { absenceFilters, absenceQuery } from './filters';

export const { description, execute } = list({
	resource: 'absenceRecord',
	operation: 'getAll',
	path: '/absence/v1.0/absencerecords',
	scope: 'absence:read',
	filters: absenceFilters('statuses', ['Approved', 'Declined']),
	query: absenceQuery,
});
