import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { responseRecord } from '../helpers';

/** NOT CONFIRMED: the scope; Planday's spec names the policy "shift update". */
const SCHEDULING_HISTORY_SCOPE = 'shift:update';

const requestField: INodeProperties = {
	displayName: 'Request (JSON)',
	name: 'requestBody',
	type: 'json',
	required: true,
	default: '{}',
	description:
		'The report request as Planday’s specification of your portal defines it, e.g. {"departmentIds": [101], "from": "2026-11-01", "to": "2026-11-30"}',
};

const properties: INodeProperties[] = [
	unconfirmedNotice('the request body (Planday does not publish it; it is sent exactly as given)'),
	requestField,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['report'], operation: ['getSchedulingHistory'] } },
	properties,
);

/** The recorded state of each shift over time, breaks included. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const given = this.getNodeParameter('requestBody', itemIndex);
	const body =
		typeof given === 'string' ? jsonParse<unknown>(given, { fallbackValue: null }) : given;
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw invalidParameter(
			this,
			itemIndex,
			requestField.displayName,
			'Not a JSON object',
			'Give the request as a JSON object, e.g. {"from": "2026-11-01"}',
		);
	}
	const answer = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/reports/v1.0/schedulingHistory',
		body: body as IDataObject,
		scope: SCHEDULING_HISTORY_SCOPE,
	});
	return jsonItems(responseRecord(answer));
}
