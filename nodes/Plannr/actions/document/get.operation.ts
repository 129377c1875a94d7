import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { uuidParameter } from '../helpers';
import { documentLocator } from './fields';

const properties: INodeProperties[] = [documentLocator, optionsCollection()];

export const description = updateDisplayOptions(
	{ show: { resource: ['document'], operation: ['get'] } },
	properties,
);

/** `GET /api/v1/document/{uuid}`: the document, with its rendered files' links (`public_pdf_url`, `public_docx_url`, `public_sfdt_url`). */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const documentUuid = uuidParameter(this, documentLocator, itemIndex);
	return jsonItems(
		unwrapRecord(
			await plannrApiRequest.call(this, {
				method: 'GET',
				path: `/api/v1/document/${documentUuid}`,
			}),
		),
	);
}
