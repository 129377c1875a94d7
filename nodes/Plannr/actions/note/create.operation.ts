import { valueLabel } from '../fields';
import { uuidParameter } from '../helpers';
import { endpoint } from '../operations';
import { NOTE_TYPES, notableFields, notesPath } from './fields';

/** NOT CONFIRMED: Plannr documents no note-create route; the guess is a POST of `{ type, contents }` to the list's path. */
export const NOTE_CREATE_ROUTE = { method: 'POST', path: notesPath } as const;

export const { description, execute } = endpoint({
	resource: 'note',
	operation: 'create',
	method: NOTE_CREATE_ROUTE.method,
	path(_id, itemIndex) {
		return NOTE_CREATE_ROUTE.path(this.getNodeParameter('notableType', itemIndex) as string, uuidParameter(this, 'notableUuid', itemIndex));
	},
	fields: [
		...notableFields,
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			default: 'note',
			options: NOTE_TYPES.map((type) => ({ name: valueLabel(type), value: type })),
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
