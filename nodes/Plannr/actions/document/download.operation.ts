import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { plannrApiRequest } from '../../transport';
import { uuidParameter } from '../helpers';
import { DOCUMENT_ID } from '../ids';
import { showFor } from '../operations';

const FORMATS: Record<string, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const description = showFor({ resource: 'document', operation: 'download' }, [
	{ displayName: 'Document ID', name: DOCUMENT_ID.name, type: 'string', required: true, default: '', description: DOCUMENT_ID.description },
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		default: 'pdf',
		options: [
			{ name: 'PDF', value: 'pdf' },
			{ name: 'Word (DOCX)', value: 'docx' },
		],
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
	},
]);

/** The rendered document as a binary property, with the document UUID in the JSON. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const documentId = uuidParameter(this, DOCUMENT_ID.name, itemIndex);
	const format = this.getNodeParameter('format', itemIndex) as string;
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const bytes = (await plannrApiRequest.call(this, {
		method: 'GET',
		path: `/api/v1/document/${documentId}/content/${format}`,
		binary: true,
	})) as Buffer;
	const binary = await this.helpers.prepareBinaryData(Buffer.from(bytes), `${documentId}.${format}`, FORMATS[format]);
	return [{ json: { uuid: documentId, format }, binary: { [propertyName]: binary } }];
}
