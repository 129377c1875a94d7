import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, uuidLocator } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { definedEntries } from '../../../shared/parameters';

const folderLocator = uuidLocator({
	name: 'folderUuid',
	displayName: 'Folder',
	description: 'The folder to upload into',
});

const properties: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field holding the file',
	},
	folderLocator,
	additionalFieldsCollection([
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The name shown in Plannr; defaults to the file name',
		},
		{
			displayName: 'Originally Created At',
			name: 'originalCreatedAt',
			type: 'dateTime',
			default: '',
		},
	]),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['file'], operation: ['upload'] } },
	properties,
);

/** `POST /api/v1/file/direct-upload` as multipart form data (`name`, `folder_uuid`, `file`); returns the new file record. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const binary = this.helpers.assertBinaryData(itemIndex, propertyName);
	const bytes = await this.helpers.getBinaryDataBuffer(itemIndex, propertyName);
	const { name, originalCreatedAt } = definedEntries(
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const fileName = binary.fileName ?? 'file';

	const form = new FormData();
	form.append('name', String(name ?? fileName));
	form.append('folder_uuid', uuidParameter(this, folderLocator, itemIndex));
	if (originalCreatedAt)
		form.append('original_created_at', toDateOnly(originalCreatedAt, this.getTimezone()));
	form.append('file', new Blob([new Uint8Array(bytes)], { type: binary.mimeType }), fileName);

	const file = await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/file/direct-upload',
		body: form,
	});
	return jsonItems(unwrapRecord(file));
}
