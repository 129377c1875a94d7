import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { routeOperation } from '../shared/router';
import { CONCURRENCY_OPTION, PLANDAY_DESCRIPTION } from './actions/common.descriptions';
import { properties } from './actions/properties';
import { resources } from './actions/resources';
import { plandayAuthenticationProperty, plandayCredentials } from './authentication';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import * as resourceMapping from './methods/resourceMapping';

export class Planday implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Planday',
		name: 'planday',
		icon: { light: 'file:../../icons/planday.svg', dark: 'file:../../icons/planday.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: PLANDAY_DESCRIPTION,
		defaults: { name: 'Planday' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: plandayCredentials,
		properties: [plandayAuthenticationProperty, ...properties],
	};

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperation.call(this, resources, CONCURRENCY_OPTION);
	}
}
