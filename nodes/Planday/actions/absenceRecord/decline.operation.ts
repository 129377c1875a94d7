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
import { decisionFields } from '../absenceRequest/fields';
import { absenceRecordId } from './fields';

const properties: INodeProperties[] = [
	describeId(absenceRecordId, 'The approved absence record to decline'),
	additionalFieldsCollection(decisionFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRecord'], operation: ['decline'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceRecordId, itemIndex);
	const { reason, notify } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/absence/v1.0/absencerecords/${id}/decline`,
		body: {
			...(reason ? { reason } : {}),
			...(notify === undefined ? {} : { notify }),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence update".
		scope: 'absence:update',
	});
	return jsonItems(responseRecord(body));
}
