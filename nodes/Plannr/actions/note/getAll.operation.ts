import { uuidParameter } from '../helpers';
import { filterQuery, list, listOptions } from '../operations';
import { notableFields, notesPath } from './fields';

export const { description, execute } = list({
	resource: 'note',
	operation: 'getAll',
	path(_id, itemIndex) {
		return notesPath(this.getNodeParameter('notableType', itemIndex) as string, uuidParameter(this, 'notableUuid', itemIndex));
	},
	fields: notableFields,
	filters: [
		{ displayName: 'Contains', name: 'contents', type: 'string', default: '', description: 'Text the note contains' },
		{ displayName: 'From Date', name: 'dateFrom', type: 'dateTime', default: '' },
		{ displayName: 'To Date', name: 'dateTo', type: 'dateTime', default: '' },
		{
			displayName: 'Type',
			name: 'type',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'Call', value: 'call' },
				{ name: 'Email', value: 'email' },
				{ name: 'Meeting', value: 'meeting' },
				{ name: 'Note', value: 'note' },
			],
		},
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['dateFrom', 'dateTo']);
	},
});

export const options = listOptions('note', ['created_at', 'updated_at', 'type'], ['tags', 'mentionedAccounts', 'notable']);
