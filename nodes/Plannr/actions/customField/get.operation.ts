import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { customFieldLocator } from './fields';

const properties: INodeProperties[] = [customFieldLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['customField'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/custom-field/{uuid}`; the field definition. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const customFieldUuid = uuidParameter(this, customFieldLocator, itemIndex);
	const field = await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/custom-field/${customFieldUuid}`,
	});
	return jsonItems(unwrapRecord(field));
}
