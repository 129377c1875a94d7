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
			{ name: 'Download', value: 'download', action: 'Download a document as a file', description: 'Download a rendered Plannr document-builder document as a binary PDF or DOCX file' },
			{ name: 'Get Many', value: 'getAll', action: 'Search documents', description: 'List Plannr document-builder documents, filtered by client, circle, name or creation date' },
		],
		default: 'getAll',
	},
	...download.description,
	...getAll.description,
];
