import { MAX_PAGE_SIZE } from '../../transport';
import { list } from '../operations';
import { shiftListFilters, shiftListQuery } from './fields';

export const { description, execute } = list({
	resource: 'shift',
	operation: 'getDeleted',
	path: '/scheduling/v1.0/shifts/deleted',
	scope: 'shift:read',
	pageSize: MAX_PAGE_SIZE.deletedShifts,
	filters: [
		{ displayName: 'Deleted After', name: 'deletedFrom', type: 'dateTime', default: '', description: 'UTC' },
		{ displayName: 'Deleted Before', name: 'deletedTo', type: 'dateTime', default: '', description: 'UTC' },
		...shiftListFilters,
	],
	query: shiftListQuery,
});
