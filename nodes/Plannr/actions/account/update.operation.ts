import type { IDataObject } from 'n8n-workflow';

import { ACCOUNT_ID } from '../ids';
import { endpoint } from '../operations';
import { accountBody } from './body';
import { accountFields } from './fields';

export const { description, execute } = endpoint({
	resource: 'account',
	operation: 'update',
	method: 'PUT',
	id: ACCOUNT_ID,
	path: (id) => `/api/v1/account/${id}`,
	optional: {
		name: 'updateFields',
		options: [
			{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
			{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
			...accountFields,
		],
	},
	body(itemIndex) {
		return accountBody.call(this, itemIndex, this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	},
});
