import { ABSENCE_RECORD_ID } from '../ids';
import { getById } from '../operations';

export const { description, execute } = getById({
	resource: 'absenceRecord',
	operation: 'get',
	id: ABSENCE_RECORD_ID,
	path: (id) => `/absence/v1.0/absencerecords/${id}`,
	scope: 'absence:read',
});
