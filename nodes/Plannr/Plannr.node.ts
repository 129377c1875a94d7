import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/router';
import {
	authenticationProperty,
	CONCURRENCY_OPTION,
	PLANNR_DESCRIPTION,
	plannrCredentials,
} from './actions/common.descriptions';
import { resources } from './actions/resources';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class Plannr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Plannr',
		name: 'plannr',
		icon: { light: 'file:../../icons/plannr.svg', dark: 'file:../../icons/plannr.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: PLANNR_DESCRIPTION,
		defaults: { name: 'Plannr' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: plannrCredentials,
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Bank Account', value: 'bankAccount' },
					{ name: 'Case', value: 'case' },
					{ name: 'Circle', value: 'circle' },
					{ name: 'Contact Detail', value: 'contactDetail' },
					{ name: 'Custom Field', value: 'customField' },
					{ name: 'Document', value: 'document' },
					{ name: 'File', value: 'file' },
					{ name: 'Group', value: 'group' },
					{ name: 'Nationality', value: 'nationality' },
					{ name: 'Note', value: 'note' },
					{ name: 'Plan', value: 'plan' },
					{ name: 'Tag', value: 'tag' },
					{ name: 'Task', value: 'task' },
					{ name: 'Task Status', value: 'taskStatus' },
					{ name: 'User', value: 'user' },
					{ name: 'Webhook Subscription', value: 'webhookSubscription' },
				],
				default: 'account',
			},
			...Object.values(resources).flatMap((resource) => resource.description),
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources, CONCURRENCY_OPTION);
	}
}
