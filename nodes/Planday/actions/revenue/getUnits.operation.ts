import { list } from '../operations';

export const { description, execute } = list({
	resource: 'revenue',
	operation: 'getUnits',
	path: '/revenue/v1.0/revenueunits',
	scope: 'revenue:read',
});
