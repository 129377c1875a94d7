import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { jsonItems } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { valueLabel } from '../fields';
import { uuidParameter } from '../helpers';
import { showFor } from '../operations';

export const description = showFor({ resource: 'tag', operation: 'apply' }, [
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		default: 'attach',
		options: [
			{ name: 'Attach', value: 'attach', description: 'Add the tags and keep the record’s other tags' },
			{ name: 'Create Only', value: 'create', description: 'Create the tags in the firm without tagging a record' },
			{ name: 'Detach', value: 'detach', description: 'Remove the tags from the record' },
			{ name: 'Sync', value: 'sync', description: 'Leave exactly these tags on the record' },
		],
	},
	{
		displayName: 'Record Type',
		name: 'taggableType',
		type: 'options',
		default: 'account',
		displayOptions: { hide: { mode: ['create'] } },
		options: ['account', 'board', 'board_task', 'case', 'conversation', 'file', 'note', 'plan'].map((type) => ({ name: valueLabel(type), value: type })),
	},
	{ displayName: 'Record UUID', name: 'taggableUuid', type: 'string', required: true, default: '', description: 'The UUID of the account, case, plan or other record to tag', displayOptions: { hide: { mode: ['create'] } } },
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		required: true,
		default: '',
		description: 'Comma-separated tag names (created if missing) or tag UUIDs',
	},
]);

/** One item per tag Plannr answers with (it returns `{ data: [tags] }`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const mode = this.getNodeParameter('mode', itemIndex) as string;
	const tags = String(this.getNodeParameter('tags', itemIndex)).split(',').map((tag) => tag.trim()).filter(Boolean);
	const body = (await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/tag',
		body: {
			mode,
			tags,
			...(mode === 'create'
				? {}
				: {
						taggable_type: this.getNodeParameter('taggableType', itemIndex) as string,
						taggable_uuid: uuidParameter(this, 'taggableUuid', itemIndex),
					}),
		},
	})) as { data?: [] };
	return jsonItems(body?.data ?? []);
}
