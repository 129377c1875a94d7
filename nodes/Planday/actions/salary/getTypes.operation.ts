import { list } from '../operations';

export const { description, execute } = list({
	resource: 'salary',
	operation: 'getTypes',
	path: '/pay/v1.0/salaries/types',
	scope: 'salaries:read',
});
