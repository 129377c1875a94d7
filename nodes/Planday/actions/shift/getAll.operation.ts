import { MAX_PAGE_SIZE } from '../../transport';
import { list } from '../operations';
import { shiftListFilters, shiftListQuery } from './fields';

export const { description, execute } = list({
	resource: 'shift',
	operation: 'getAll',
	path: '/scheduling/v1.0/shifts',
	scope: 'shift:read',
	pageSize: MAX_PAGE_SIZE.shifts,
	filters: shiftListFilters,
	query: shiftListQuery,
});
