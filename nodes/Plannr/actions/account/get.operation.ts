import { ACCOUNT_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'account',
	operation: 'get',
	id: ACCOUNT_ID,
	path: (id) => `/api/v1/account/${id}`,
});
