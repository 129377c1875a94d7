import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { SUCCESS } from '../../../shared/items';
import { uuidLocator } from '../common.descriptions';

/** The sub-account in a path; each operation gives it its own description (`describeId`). */
export const subAccountLocator = uuidLocator({
	name: 'subAccountId',
	displayName: 'Sub-Account',
	description: 'The sub-account of the plan (its UUID, e.g. from Get with Sub Accounts included)',
});

/** apidocs `operation-postapiv1plansplan_uuidsubaccounts` and `…putapiv1plansplan_uuidsubaccountsuuid`. */
export const policyNumberField: INodeProperties = {
	displayName: 'Policy Number',
	name: 'policyNumber',
	type: 'string',
	default: '',
	placeholder: 'e.g. AVF-4355432',
	description: 'The sub-account’s policy number',
};

export const proposalReferenceField: INodeProperties = {
	displayName: 'Proposal Reference',
	name: 'proposalReference',
	type: 'string',
	default: '',
	placeholder: 'e.g. BtMWiy0JwHtogU4',
	description: 'The sub-account’s proposal number',
};

/**
 * What Plannr answers a sub-account write with: one page shows the sub-account, another only
 * `{ message }`; the record is output as it is, a bare message as `success: true` with the message.
 */
export function subAccountOutput(answer: IDataObject): IDataObject {
	return answer.uuid ? answer : successWithMessage(answer);
}

/** `success: true`, with Plannr's `message` when it sent one. */
export function successWithMessage(answer: IDataObject | undefined): IDataObject {
	return { ...SUCCESS, ...(answer?.message ? { message: answer.message } : {}) };
}
