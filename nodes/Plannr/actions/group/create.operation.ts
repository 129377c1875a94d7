import { uuidList } from '../helpers';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'group',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/group',
	fields: [{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Unique within the firm' }],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Business Unit UUID', name: 'businessUnit', type: 'string', default: '' },
			{ displayName: 'Participant Account UUIDs', name: 'participants', type: 'string', default: '', description: 'Comma-separated UUIDs of the accounts in the group' },
		],
	},
	body(itemIndex) {
		const { businessUnit, participants } = optionalFields(this, 'additionalFields', itemIndex);
		return {
			name: this.getNodeParameter('name', itemIndex) as string,
			...(participants ? { participants: uuidList(participants) } : {}),
			...(businessUnit ? { business_unit: businessUnit } : {}),
		};
	},
});
