import type { IDataObject } from 'n8n-workflow';

import { TASK_ID } from '../ids';
import { endpoint } from '../operations';
import { taskBody } from './body';
import { taskFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'task',
	operation: 'update',
	method: 'PUT',
	id: TASK_ID,
	path: (id) => `/api/v1/task/${id}`,
	optional: { name: 'updateFields', options: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }, ...taskFields] },
	body(itemIndex) {
		return taskBody.call(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	},
});
