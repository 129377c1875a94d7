import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { properties } from './actions/properties';
import { router } from './actions/router';
import { plandayAuthenticationProperty, plandayCredentials } from './authentication';
import { listSearch, loadOptions, resourceMapping } from './methods';

export class Planday implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Planday',
		name: 'planday',
		icon: { light: 'file:../../icons/planday.svg', dark: 'file:../../icons/planday.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and change employees, shifts, punch clock, absence and pay in Planday',
		defaults: { name: 'Planday' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: plandayCredentials,
		properties: [plandayAuthenticationProperty, ...properties],
	};

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
