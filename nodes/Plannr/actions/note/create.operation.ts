import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter, isEmptyValue } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, unconfirmedNotice, valueLabel } from '../common.descriptions';
import { choiceParameter, uuidParameter } from '../helpers';
import { NOTE_TYPES, recordLocator, recordTypeField } from './fields';

/** NOT CONFIRMED: Plannr documents no note-create route; the guess is a POST of `{ type, contents }` to the list's path. */
export const NOTE_CREATE_GUESS =
	'Plannr documents no route for creating notes; the node POSTs to the notes list of the record';

const properties: INodeProperties[] = [
	unconfirmedNotice(NOTE_CREATE_GUESS),
	recordTypeField,
	recordLocator,
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'note',
		options: NOTE_TYPES.map((type) => ({ name: valueLabel(type), value: type })),
	},
	{
		displayName: 'Contents',
		name: 'contents',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. Called to confirm the annual review date',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['note'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/note/{recordType}/{recordUuid}` (NOT CONFIRMED) with `{ type, contents }`; returns the new note. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const recordType = choiceParameter(this, recordTypeField, itemIndex);
	const recordUuid = uuidParameter(this, recordLocator, itemIndex);
	const contents = this.getNodeParameter('contents', itemIndex) as string;
	if (isEmptyValue(contents)) throw invalidParameter(this, itemIndex, 'Contents', 'No value given');
	const body = { type: this.getNodeParameter('type', itemIndex) as string, contents };
	const note = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/note/${recordType}/${recordUuid}`,
		body,
	});
	return jsonItems(unwrapRecord(note));
}
