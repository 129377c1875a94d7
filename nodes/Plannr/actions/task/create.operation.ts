import type { IDataObject } from 'n8n-workflow';

import { endpoint } from '../operations';
import { taskBody } from './body';
import { taskFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'task',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/task',
	// NOT CONFIRMED: which fields Plannr requires; the name is the one every example has.
	fields: [{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' }],
	optional: { name: 'additionalFields', options: taskFields },
	body(itemIndex) {
		return taskBody.call(this, itemIndex, {
			name: this.getNodeParameter('name', itemIndex),
			...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		});
	},
});
