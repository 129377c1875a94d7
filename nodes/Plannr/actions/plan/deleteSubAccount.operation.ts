import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { planLocator } from './fields';
import { subAccountLocator as anySubAccount, successWithMessage } from './subAccount';

const subAccountLocator = describeId(
	anySubAccount,
	'The sub-account of the plan to remove (its UUID, e.g. from Get with Sub Accounts included)',
);

const properties: INodeProperties[] = [planLocator, subAccountLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['deleteSubAccount'] } },
	properties,
);

/** `DELETE /api/v1/plans/{uuid}/sub-accounts/{uuid}`: Plannr answers 200 `{ message }`; a failed delete is not repeated. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const subAccountUuid = uuidParameter(this, subAccountLocator, itemIndex);
	const answer = (await plannrApiRequest.call(this, {
		method: 'DELETE',
		path: `/api/v1/plans/${planUuid}/sub-accounts/${subAccountUuid}`,
	})) as IDataObject | undefined;
	return jsonItems(successWithMessage(answer));
}
