import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { TERMINATION_TYPES_PATH, TERMINATION_TYPES_SCOPE } from './fields';

const properties: INodeProperties[] = [
	unconfirmedNotice(
		`the answer’s shape and the scope this needs (assumed: ${TERMINATION_TYPES_SCOPE})`,
	),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getTerminationTypes'] } },
	properties,
);

export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: TERMINATION_TYPES_PATH,
		scope: TERMINATION_TYPES_SCOPE,
	});
	return jsonItems(unwrapList(body));
}
