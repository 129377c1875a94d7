import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { responseRecord } from '../helpers';
import { descriptionField, skillBody, skillFields } from './fields';

const properties: INodeProperties[] = [
	...skillFields,
	additionalFieldsCollection([descriptionField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['skill'], operation: ['create'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/hr/v1.0/skills',
		body: skillBody.call(this, itemIndex, 'additionalFields'),
		scope: 'skill:create',
	});
	return jsonItems(responseRecord(body));
}
