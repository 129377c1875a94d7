import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter } from '../../../shared/parameters';

/**
 * An image custom field's value as Planday sends and takes it: one JSON string holding a base64
 * data URI, e.g. `"data:image/png;base64,iVBORw0KGgo…"`.
 */
const MIME_TYPE = '[\\w.+-]+/[\\w.+-]+';
const BASE64_DATA_URI = new RegExp(
	`^data:(${MIME_TYPE})(?:;[\\w.+-]+=[^;,]*)*;base64,([A-Za-z0-9+/]+={0,2})$`,
);

const DATA_URI_HINT =
	'Give the image as data:<type>;base64,<data>, e.g. data:image/png;base64,iVBORw0KGgo…';

/**
 * The file a base64 data URI holds, or `undefined` when the text is not one. The data must be
 * exactly what its bytes encode to: Node's decoder silently drops an impossible length, misplaced
 * padding or stray bits, so a broken image would otherwise be sent and stored as if it were whole.
 */
export function parseDataUri(text: string): { mimeType: string; bytes: Buffer } | undefined {
	const match = BASE64_DATA_URI.exec(text.trim());
	if (!match) return undefined;
	const data = match[2];
	const bytes = Buffer.from(data, 'base64');
	const canonical = bytes.toString('base64');
	return canonical === data || canonical === data.padEnd(Math.ceil(data.length / 4) * 4, '=')
		? { mimeType: match[1].toLowerCase(), bytes }
		: undefined;
}

/** The start of a long value, for an error message. */
function preview(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const valueSourceField: INodeProperties = {
	displayName: 'Value Source',
	name: 'valueSource',
	type: 'options',
	default: 'binary',
	description: 'Where the image comes from',
	options: [
		{
			name: 'Binary File',
			value: 'binary',
			description:
				'A file in a binary field of the input item, e.g. from Read/Write Files from Disk or HTTP Request',
		},
		{
			name: 'Data URI Text',
			value: 'dataUri',
			description: 'The image as text, e.g. data:image/png;base64,iVBORw0KGgo…',
		},
	],
};

const inputBinaryField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the input binary field holding the image',
	displayOptions: { show: { valueSource: ['binary'] } },
};

const dataUriField: INodeProperties = {
	displayName: 'Data URI',
	name: 'dataUri',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. data:image/png;base64,iVBORw0KGgo…',
	description: 'The image as a base64 data URI',
	displayOptions: { show: { valueSource: ['dataUri'] } },
};

/** Where Create and Update Custom Field Value take the image from. */
export const customFieldValueFields: INodeProperties[] = [
	valueSourceField,
	inputBinaryField,
	dataUriField,
];

/** The image to send, as the base64 data URI Planday takes: from the input item's binary field, or the text given. */
export async function customFieldValueInput(
	context: IExecuteFunctions,
	itemIndex: number,
): Promise<string> {
	if (context.getNodeParameter(valueSourceField.name, itemIndex, 'binary') === 'dataUri') {
		const text = String(context.getNodeParameter(dataUriField.name, itemIndex, '') ?? '').trim();
		if (!parseDataUri(text)) {
			throw invalidParameter(
				context,
				itemIndex,
				dataUriField.displayName,
				text ? `"${preview(text)}" is not a base64 data URI` : 'No value given',
				DATA_URI_HINT,
			);
		}
		return text;
	}
	const name = String(context.getNodeParameter(inputBinaryField.name, itemIndex, '') ?? '').trim();
	const held = Object.keys(context.getInputData()[itemIndex]?.binary ?? {});
	if (!held.includes(name)) {
		throw invalidParameter(
			context,
			itemIndex,
			inputBinaryField.displayName,
			name ? `The input item has no binary field "${name}"` : 'No field name given',
			held.length
				? `The item's binary fields: ${held.join(', ')}`
				: 'The input item holds no file; read one first, e.g. with Read/Write Files from Disk or HTTP Request',
		);
	}
	const mimeType = (context.helpers.assertBinaryData(itemIndex, name).mimeType ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	const bytes = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	if (!bytes.length)
		throw invalidParameter(
			context,
			itemIndex,
			inputBinaryField.displayName,
			`The binary field "${name}" is empty`,
		);
	if (!new RegExp(`^${MIME_TYPE}$`).test(mimeType)) {
		throw invalidParameter(
			context,
			itemIndex,
			inputBinaryField.displayName,
			`The binary field "${name}" has no file type (MIME type)`,
			'Planday needs the image type, e.g. image/png; set it where the file is read',
		);
	}
	return `data:${mimeType};base64,${bytes.toString('base64')}`;
}
