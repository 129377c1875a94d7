import { CUSTOM_FIELD_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'customField',
	operation: 'get',
	id: CUSTOM_FIELD_ID,
	path: (id) => `/api/v1/custom-field/${id}`,
});
