import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { descriptionField, skillBody, skillFields, skillId } from './fields';

const properties: INodeProperties[] = [
	describeId(skillId, 'The skill to change'),
	...skillFields,
	updateFieldsCollection([descriptionField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['skill'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, skillId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: '/hr/v1.0/skills',
		qs: { skillId: id },
		body: skillBody.call(this, itemIndex, 'updateFields'),
		scope: 'skill:update',
	});
	return jsonItems(responseRecord(body));
}
