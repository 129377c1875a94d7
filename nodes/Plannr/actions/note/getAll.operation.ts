import { multiChoice } from '../fields';
import { uuidParameter } from '../helpers';
import { filterQuery, list, listOptions } from '../operations';
import { NOTE_TYPES, notableFields, notesPath } from './fields';

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
		{ displayName: 'Path', name: 'path', type: 'string', default: '', description: 'Notes whose path starts with this (Plannr’s note path)' },
		{ displayName: 'Path (Exact)', name: 'pathExact', type: 'string', default: '', description: 'Notes with exactly this path' },
		{ displayName: 'To Date', name: 'dateTo', type: 'dateTime', default: '' },
		multiChoice('Type', 'type', NOTE_TYPES),
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex, ['dateFrom', 'dateTo']);
	},
});

export const options = listOptions('note', ['created_at', 'updated_at', 'type'], ['tags', 'mentionedAccounts', 'notable']);
