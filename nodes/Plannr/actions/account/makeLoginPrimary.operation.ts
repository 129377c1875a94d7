import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { accountLocator } from './fields';
import { loginLocator } from './loginFields';

const properties: INodeProperties[] = [accountLocator, loginLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['makeLoginPrimary'] } },
	properties,
);

/** `POST /api/v1/account/{uuid}/login/{uuid}/make-primary` without a body; returns Plannr's answer. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const loginUuid = uuidParameter(this, loginLocator, itemIndex);
	const answer = await plannrApiRequest.call(this, {
		method: 'POST',
		path: `/api/v1/account/${accountUuid}/login/${loginUuid}/make-primary`,
	});
	return jsonItems(unwrapRecord(answer));
}
