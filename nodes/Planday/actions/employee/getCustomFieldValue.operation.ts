import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter } from '../helpers';
import { parseDataUri } from './customFieldValue';
import { customPropertyName, customPropertyNameField, employeeId } from './fields';

const downloadField: INodeProperties = {
	displayName: 'Download',
	name: 'download',
	type: 'boolean',
	default: false,
	description: 'Whether to output the image as a binary file instead of its data URI text',
};

const outputBinaryField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the output binary field to put the image in',
	displayOptions: { show: { download: [true] } },
};

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose field to read'),
	customPropertyNameField,
	downloadField,
	outputBinaryField,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['getCustomFieldValue'] } },
	properties,
);

/**
 * Planday answers the value as one JSON string, a base64 data URI. Download decodes it into a
 * binary field (type from the URI, file named after employee and field); a field without a value
 * gives `value: null` and no file.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const field = customPropertyName(this, itemIndex);
	const answer = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/hr/v1.0/employees/${id}/customfields/${field}/value`,
		scope: 'employee:read',
	});
	const record = { employeeId: Number(id), customPropertyName: decodeURIComponent(field) };
	const value = (answer === undefined || answer === '' ? null : answer) as IDataObject[string];
	if (!this.getNodeParameter(downloadField.name, itemIndex, false) || value === null)
		return jsonItems({ ...record, value });

	const propertyName = String(
		this.getNodeParameter(outputBinaryField.name, itemIndex, '') ?? '',
	).trim();
	if (!propertyName)
		throw invalidParameter(
			this,
			itemIndex,
			outputBinaryField.displayName,
			'No field name given',
			'Name the binary field to put the image in, e.g. data',
		);
	const file = typeof value === 'string' ? parseDataUri(value) : undefined;
	if (!file) {
		throw new NodeApiError(
			this.getNode(),
			{},
			{
				message: `Planday returned a value that is not a base64 data URI for custom field ${record.customPropertyName} of employee ${id} (item ${itemIndex})`,
				description: 'Turn Download off to see the value as Planday sends it',
				itemIndex,
			},
		);
	}
	const binary = await this.helpers.prepareBinaryData(file.bytes, undefined, file.mimeType);
	binary.fileName = `${id}-${record.customPropertyName}${binary.fileExtension ? `.${binary.fileExtension}` : ''}`;
	return [{ json: { ...record, mimeType: file.mimeType }, binary: { [propertyName]: binary } }];
}
