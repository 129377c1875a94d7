import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { plannrApiRequest, plannrApiRequestUrl, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { choiceParameter, uuidParameter } from '../helpers';
import { documentLocator } from './fields';

const MIME_TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** How each format's file begins (a DOCX is a ZIP archive): a link may answer an HTML page instead. */
const MAGIC_BYTES: Record<string, Buffer> = {
	pdf: Buffer.from('%PDF-', 'latin1'),
	docx: Buffer.from('PK\u0003\u0004', 'latin1'),
};

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

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['download'] } },
	properties,
);

/**
 * `GET /api/v1/document/{uuid}`, then the rendered file at the link Plannr returns for the format
 * (`public_pdf_url`, `public_docx_url`), on the credential's origin only: the file as a binary
 * field, the UUID and format in the JSON.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const documentUuid = uuidParameter(this, documentLocator, itemIndex);
	const fileFormat = choiceParameter(this, format, itemIndex);
	const propertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const document = unwrapRecord(
		await plannrApiRequest.call(this, { method: 'GET', path: `/api/v1/document/${documentUuid}` }),
	);
	const link = document[`public_${fileFormat}_url`];
	if (typeof link !== 'string' || !link) {
		throw new NodeApiError(
			this.getNode(),
			{},
			{
				message: `Plannr returned no ${fileFormat.toUpperCase()} link (public_${fileFormat}_url) for document ${documentUuid} (item ${itemIndex})`,
				description:
					'Plannr gives a link once the document is published; check its status in Plannr',
				itemIndex,
			},
		);
	}
	const bytes = (await plannrApiRequestUrl.call(this, link, {
		method: 'GET',
		binary: true,
	})) as Buffer;
	const file = Buffer.from(bytes);
	if (!file.subarray(0, MAGIC_BYTES[fileFormat].length).equals(MAGIC_BYTES[fileFormat])) {
		const label = fileFormat.toUpperCase();
		const html = /^\s*</.test(file.subarray(0, 64).toString('latin1'));
		throw new NodeApiError(
			this.getNode(),
			{},
			{
				message: `Plannr's ${label} link for document ${documentUuid} answered ${html ? 'an HTML page' : 'something else'}, not the ${label} file (item ${itemIndex})`,
				description:
					'The link may have expired or need a sign-in; run the node again for a fresh link, or check the document in Plannr',
				itemIndex,
			},
		);
	}
	const binary = await this.helpers.prepareBinaryData(
		file,
		`${documentUuid}.${fileFormat}`,
		MIME_TYPES[fileFormat],
	);
	return [{ json: { uuid: documentUuid, format: fileFormat }, binary: { [propertyName]: binary } }];
}
