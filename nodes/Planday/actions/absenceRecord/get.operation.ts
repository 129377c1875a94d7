import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceRecordId } from './fields';

const properties: INodeProperties[] = [
	describeId(absenceRecordId, 'The absence record to get'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRecord'], operation: ['get'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceRecordId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/absence/v1.0/absencerecords/${id}`,
		scope: 'absence:read',
	});
	return jsonItems(responseRecord(body));
}
