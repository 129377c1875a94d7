import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { plannrApiRequest } from '../../transport';
import { optionsCollection, uuidLocator } from '../common.descriptions';
import { choiceParameter, uuidParameter } from '../helpers';

const MIME_TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const documentLocator = uuidLocator({ name: 'documentId', displayName: 'Document', search: 'searchDocuments', description: 'The document-builder document' });

/** The file format; it is part of the path, so only these values are sent. */
const format: INodeProperties = {
	displayName: 'Format',
	name: 'format',
	type: 'options',
	default: 'pdf',
	options: [
		{ name: 'PDF', value: 'pdf' },
		{ name: 'Word (DOCX)', value: 'docx' },
	],
};

const properties: INodeProperties[] = [
	documentLocator,
	format,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['document'], operation: ['download'] } }, properties);

/** `GET /api/v1/document/{uuid}/content/{format}`: the rendered file as a binary field, the UUID and format in the JSON. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const documentUuid = uuidParameter(this, documentLocator, itemIndex);
	const fileFormat = choiceParameter(this, format, itemIndex);
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const bytes = (await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/document/${documentUuid}/content/${fileFormat}`,
		binary: true,
	})) as Buffer;
	const binary = await this.helpers.prepareBinaryData(Buffer.from(bytes), `${documentUuid}.${fileFormat}`, MIME_TYPES[fileFormat]);
	return [{ json: { uuid: documentUuid, format: fileFormat }, binary: { [propertyName]: binary } }];
}
