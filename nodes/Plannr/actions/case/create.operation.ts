import type { IDataObject } from 'n8n-workflow';

import { customFieldsField, plannrBody, poundsField, uuidsDropdown } from '../fields';
import { uuidList } from '../helpers';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'case',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/cases',
	fields: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
		{ displayName: 'Participant Account UUIDs', name: 'participants', type: 'string', required: true, default: '', description: 'Comma-separated account UUIDs; at least one must be a client' },
	],
	optional: {
		name: 'additionalFields',
		options: [
			uuidsDropdown('Assigned To Names or IDs', 'assignedToUuids', 'getAdvisers', 'The employees working on the case'),
			customFieldsField('getCaseCustomFields'),
			uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the case'),
			{ displayName: 'Plan UUIDs', name: 'plans', type: 'string', default: '', description: 'Comma-separated plan UUIDs' },
			{ displayName: 'Review At', name: 'reviewAt', type: 'dateTime', default: '' },
			{ displayName: 'Status UUID', name: 'status', type: 'string', default: '' },
			{ displayName: 'Type UUID', name: 'type', type: 'string', default: '' },
			poundsField('value', 'Value', 'The case’s value.'),
		],
	},
	body(itemIndex) {
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body = plannrBody.call(this, itemIndex, { name: this.getNodeParameter('name', itemIndex), ...fields }, { dateTimes: ['reviewAt'] });
		body.participants = uuidList(this.getNodeParameter('participants', itemIndex));
		for (const listField of ['assigned_to_uuids', 'plans']) {
			if (body[listField] !== undefined) body[listField] = uuidList(body[listField]);
		}
		return body;
	},
});
