import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { uuidParameter } from '../helpers';
import { optionalFields, showFor } from '../operations';

export const description = showFor({ resource: 'file', operation: 'upload' }, [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the file',
	},
	{ displayName: 'Folder UUID', name: 'folderUuid', type: 'string', required: true, default: '', description: 'The Plannr folder to upload into' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The name shown in Plannr; defaults to the file name' },
			{ displayName: 'Originally Created At', name: 'originalCreatedAt', type: 'dateTime', default: '' },
		],
	},
]);

/** Uploads an n8n binary property as multipart form data (`name`, `file`, `folder_uuid`). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const binary = this.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await this.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	const { name, originalCreatedAt } = optionalFields(this, 'additionalFields', itemIndex);
	const fileName = binary.fileName ?? 'file';

	const form = new FormData();
	form.append('name', String(name ?? fileName));
	form.append('folder_uuid', uuidParameter(this, 'folderUuid', itemIndex));
	if (originalCreatedAt) form.append('original_created_at', toDateOnly(originalCreatedAt));
	form.append('file', new Blob([new Uint8Array(bytes)], { type: binary.mimeType }), fileName);

	const body = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/file/direct-upload', body: form });
	return jsonItems(unwrapRecord(body));
}
