import { CASE_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'case',
	operation: 'get',
	id: CASE_ID,
	path: (id) => `/api/v1/cases/${id}`,
});
