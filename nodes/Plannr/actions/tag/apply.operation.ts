import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { invalidParameter } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { optionsCollection, uuidLocator, valueLabel } from '../common.descriptions';
import { uuidList, uuidParameter } from '../helpers';

const recordType: INodeProperties = {
	displayName: 'Record Type',
	name: 'taggableType',
	type: 'options',
	default: 'account',
	options: ['account', 'board', 'board_task', 'case', 'conversation', 'file', 'note', 'plan'].map(
		(type) => ({ name: valueLabel(type), value: type }),
	),
};

// Plannr requires the record in every mode, Create Only included.
const taggedRecord = uuidLocator({
	name: 'taggableUuid',
	displayName: 'Record',
	search: 'searchRelatedRecords',
	description: 'The account, case, plan or other record to tag (Plannr asks for one in every mode)',
});

const properties: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'attach',
		options: [
			{
				name: 'Attach',
				value: 'attach',
				description: 'Add the tags and keep the record’s other tags',
			},
			{
				name: 'Create Only',
				value: 'create',
				description: 'Create the tags in the firm without attaching them to the record',
			},
			{ name: 'Detach', value: 'detach', description: 'Remove the tags from the record' },
			{ name: 'Sync', value: 'sync', description: 'Leave exactly these tags on the record' },
		],
	},
	recordType,
	taggedRecord,
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. VIP, Annual review due',
		description: 'Comma-separated tag names (created if missing) or tag UUIDs',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['tag'], operation: ['apply'] } },
	properties,
);

/** `POST /api/v1/tag` with the mode, the tags and the record; one item per tag Plannr answers with. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const mode = this.getNodeParameter('mode', itemIndex) as string;
	const tags = uuidList(this.getNodeParameter('tags', itemIndex));
	if (!tags.length)
		throw invalidParameter(this, itemIndex, 'Tags', 'At least one tag name or UUID is needed');
	const record = {
		taggable_type: this.getNodeParameter(recordType.name, itemIndex) as string,
		taggable_uuid: uuidParameter(this, taggedRecord, itemIndex),
	};
	const body = (await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/tag',
		body: { mode, tags, ...record },
	})) as { data?: [] };
	return jsonItems(body?.data ?? []);
}
