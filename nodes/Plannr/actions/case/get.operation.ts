import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { caseLocator } from './fields';

const properties: INodeProperties[] = [caseLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['case'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/cases/{uuid}`; the case. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const caseUuid = uuidParameter(this, caseLocator, itemIndex);
	const record = await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/cases/${caseUuid}`,
	});
	return jsonItems(unwrapRecord(record));
}
