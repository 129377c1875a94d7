import type { INodeProperties } from 'n8n-workflow';

import * as upload from './upload.operation';

export { upload };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		options: [
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file into a folder',
				description:
					'Upload the file in an input binary field into a Plannr folder. Returns the uploaded file’s record.',
			},
		],
		default: 'upload',
	},
	...upload.description,
];
