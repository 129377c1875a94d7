import { uuidsDropdown } from '../fields';
import { uuidList } from '../helpers';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'circle',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/circles',
	fields: [{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Usually the household’s family name' }],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Account UUIDs', name: 'accountUuids', type: 'string', default: '', description: 'Comma-separated UUIDs of the accounts in the circle' },
			{ displayName: 'Background Colour', name: 'bgColour', type: 'color', default: '#DDDDDD' },
			uuidsDropdown('Group Names or IDs', 'groupUuids', 'getGroups', 'Groups that can see the circle'),
		],
	},
	body(itemIndex) {
		const { accountUuids, bgColour, groupUuids } = optionalFields(this, 'additionalFields', itemIndex);
		return {
			name: this.getNodeParameter('name', itemIndex) as string,
			...(accountUuids ? { account_uuids: uuidList(accountUuids) } : {}),
			...(bgColour ? { bg_colour: bgColour } : {}),
			...(groupUuids ? { group_uuids: groupUuids } : {}),
		};
	},
});
