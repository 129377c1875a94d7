import { unpagedList } from '../operations';

export const { description, execute } = unpagedList({
	resource: 'shift',
	operation: 'getStatuses',
	path: '/scheduling/v1.0/shifts/shiftstatus/all',
	scope: 'shift:read',
});
