import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceRequestId, decisionFields } from './fields';

const properties: INodeProperties[] = [
	describeId(absenceRequestId, 'The submitted absence request to deny'),
	additionalFieldsCollection(decisionFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['deny'] } },
	properties,
);

/** Planday denies only requests still awaiting a decision (Submitted). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceRequestId, itemIndex);
	const { reason, notify } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/absence/v1.0/absencerequests/${id}/deny`,
		body: {
			...(reason ? { reason } : {}),
			...(notify === undefined ? {} : { notify }),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
