import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { employeeId, punchBody, punchFields } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee punching in'),
	additionalFieldsCollection(punchFields('startDateTime')),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['punchIn'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/punchclock/v1.0/punchclockshifts/employee/${id}/punchin`,
		body: punchBody.call(this, itemIndex),
		scope: 'punchclockshift:create',
	});
	return jsonItems(responseRecord(body));
}
