import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { plannrCredentials } from './actions/common.descriptions';
import { properties } from './actions/properties';
import { router } from './actions/router';
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
		description: 'Manage clients, tasks, cases, plans and documents in Plannr CRM',
		defaults: { name: 'Plannr' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: plannrCredentials,
		properties,
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
