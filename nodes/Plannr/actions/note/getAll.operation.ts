import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	includeOption,
	multiChoice,
	optionsCollection,
	sortCollection,
} from '../common.descriptions';
import { choiceParameter, filterQuery, includeQuery, sortQuery, uuidParameter } from '../helpers';
import { NOTE_TYPES, recordLocator, recordTypeField } from './fields';

const filters: INodeProperties[] = [
	{
		displayName: 'Contains',
		name: 'contents',
		type: 'string',
		default: '',
		description: 'Text the note contains',
	},
	{ displayName: 'From Date', name: 'dateFrom', type: 'dateTime', default: '' },
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		description: 'Notes whose path starts with this (Plannr’s note path)',
	},
	{
		displayName: 'Path (Exact)',
		name: 'pathExact',
		type: 'string',
		default: '',
		description: 'Notes with exactly this path',
	},
	{ displayName: 'To Date', name: 'dateTo', type: 'dateTime', default: '' },
	multiChoice('Type', 'type', NOTE_TYPES),
];

const properties: INodeProperties[] = [
	recordTypeField,
	recordLocator,
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'type']),
	optionsCollection([includeOption(['tags', 'mentionedAccounts', 'notable'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['note'], operation: ['getAll'] } },
	properties,
);

/** `GET /api/v1/note/{recordType}/{recordUuid}` with `filter[...]`, `sort` and `include`, page by page; one item per note. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const recordType = choiceParameter(this, recordTypeField, itemIndex);
	const recordUuid = uuidParameter(this, recordLocator, itemIndex);
	const qs = {
		...filterQuery(this, itemIndex, filters, ['dateFrom', 'dateTo']),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const notes = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: `/api/v1/note/${recordType}/${recordUuid}`, qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(notes);
}
