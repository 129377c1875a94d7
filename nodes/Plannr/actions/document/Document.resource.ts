import type { INodeProperties } from 'n8n-workflow';

import * as download from './download.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { download, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['document'] } },
		options: [
			{
				name: 'Download',
				value: 'download',
				action: 'Download a document as a file',
				description:
					'Download a rendered Plannr document-builder document as a binary PDF or DOCX file',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a document by UUID',
				description:
					'Get one Plannr document-builder document with the links to its rendered PDF, DOCX and SFDT files',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search documents',
				description:
					'List Plannr document-builder documents, filtered by client, circle, name or creation date',
			},
		],
		default: 'getAll',
	},
	...download.description,
	...get.description,
	...getAll.description,
];
