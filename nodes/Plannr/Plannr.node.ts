import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/router';
import { CONCURRENCY_OPTION, PLANNR_DESCRIPTION } from './actions/common.descriptions';
import { properties } from './actions/properties';
import { resources } from './actions/resources';
import { plannrAuthenticationProperty, plannrCredentials } from './authentication';
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
		properties: [plannrAuthenticationProperty, ...properties],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources, CONCURRENCY_OPTION);
	}
}
