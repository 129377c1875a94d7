import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as getAll from './getAll.operation';

export { download, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['document'] } },
		options: [
			{ name: 'Download', value: 'download', action: 'Download a document', description: 'Download a rendered document as PDF or Word' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many documents', description: 'List document-builder documents' },
		],
		default: 'getAll',
	},
	...download.description,
	...getAll.description,
];
