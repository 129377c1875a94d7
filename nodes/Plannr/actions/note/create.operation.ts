import { uuidParameter } from '../helpers';
import { endpoint } from '../operations';
import { notableFields, notesPath } from './fields';

// NOT CONFIRMED: Plannr documents no note-create route; this POSTs to the list's path.
export const { description, execute } = endpoint({
	resource: 'note',
	operation: 'create',
	method: 'POST',
	path(_id, itemIndex) {
		return notesPath(this.getNodeParameter('notableType', itemIndex) as string, uuidParameter(this, 'notableUuid', itemIndex));
	},
	fields: [
		...notableFields,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			default: 'note',
			options: [
				{ name: 'Call', value: 'call' },
				{ name: 'Email', value: 'email' },
				{ name: 'Meeting', value: 'meeting' },
				{ name: 'Note', value: 'note' },
			],
		},
		{ displayName: 'Contents', name: 'contents', type: 'string', typeOptions: { rows: 4 }, required: true, default: '' },
	],
	body(itemIndex) {
		return {
			type: this.getNodeParameter('type', itemIndex) as string,
			contents: this.getNodeParameter('contents', itemIndex) as string,
		};
	},
});
