import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { skillId } from './fields';

const properties: INodeProperties[] = [
	describeId(skillId, 'The skill to delete'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['skill'], operation: ['delete'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, skillId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: '/hr/v1.0/skills',
		qs: { skillId: id },
		scope: 'skill:delete',
	});
	return jsonItems(responseRecord(body));
}
