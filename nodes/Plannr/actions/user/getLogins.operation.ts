import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { optionsCollection } from '../common.descriptions';

const properties: INodeProperties[] = [optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['getLogins'] } },
	properties,
);

/** `GET /api/v1/logins` (user-level: no account header). */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = (await plannrApiRequest.call(this, {
		method: 'GET',
		path: '/api/v1/logins',
	})) as IDataObject;
	return jsonItems((body?.data as IDataObject[] | undefined) ?? []);
}
