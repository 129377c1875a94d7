import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, uuidLocator } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { accountLocator as anyAccount } from './fields';

const accountLocator = describeId(anyAccount, 'The client account the check was run on');

const checkLocator = uuidLocator({
	name: 'checkId',
	displayName: 'Check',
	thing: 'compliance check',
	description: 'The compliance check (AML, SmartDoc or fraud) to get',
});

const properties: INodeProperties[] = [accountLocator, checkLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getCheck'] } },
	properties,
);

/**
 * `GET /api/v1/account/{uuid}/check/{uuid}` (apidocs `operation-getapiv1accountaccount_uuidcheckuuid`):
 * the check as Plannr shows it, with its type, provider, status, outcome, client and firm.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const accountUuid = uuidParameter(this, accountLocator, itemIndex);
	const checkUuid = uuidParameter(this, checkLocator, itemIndex);
	const check = await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/account/${accountUuid}/check/${checkUuid}`,
	});
	return jsonItems(unwrapRecord(check));
}
