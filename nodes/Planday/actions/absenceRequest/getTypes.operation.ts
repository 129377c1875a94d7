import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';

/** NOT CONFIRMED: the scope of the absence types (`absencesettings:read` is the likeliest). */
const ABSENCE_TYPES_SCOPE = 'absencesettings:read';

const properties: INodeProperties[] = [
	unconfirmedNotice(`which scope this needs (assumed: ${ABSENCE_TYPES_SCOPE})`),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['getTypes'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/absence/v1.0/absencetypes',
		scope: ABSENCE_TYPES_SCOPE,
	});
	return jsonItems(unwrapList(body));
}
