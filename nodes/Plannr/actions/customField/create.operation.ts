import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { definedEntries } from '../../../shared/parameters';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { modelTypeField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Risk Profile',
		description: 'Unique among the fields of the model type',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		default: 'string',
		options: [
			{ name: 'Boolean', value: 'boolean' },
			{ name: 'Date and Time', value: 'datetime' },
			{ name: 'Long Text', value: 'longtext' },
			{ name: 'Number', value: 'number' },
			{ name: 'Selection', value: 'selection' },
			{ name: 'Text', value: 'string' },
		],
	},
	modelTypeField,
	{
		displayName: 'Is Required',
		name: 'isRequired',
		type: 'boolean',
		default: false,
		description: 'Whether a value must be given',
	},
	{
		displayName: 'Selection Options',
		name: 'selectionOptions',
		type: 'string',
		default: '',
		displayOptions: { show: { type: ['selection'] } },
		description: 'Comma-separated choices',
	},
	additionalFieldsCollection([
		{ displayName: 'Help Text', name: 'helpText', type: 'string', default: '' },
		{
			displayName: 'Visible to Clients',
			name: 'isVisibleToClients',
			type: 'boolean',
			default: false,
			description: 'Whether clients see the field in their portal',
		},
	]),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['customField'], operation: ['create'] } },
	properties,
);

/** `POST /api/v1/custom-field` with the name, type, model type and options; returns the new definition. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('type', itemIndex) as string;
	const { helpText, isVisibleToClients } = definedEntries(
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const body = {
		name: this.getNodeParameter('name', itemIndex) as string,
		type,
		model_type: this.getNodeParameter('modelType', itemIndex) as string,
		is_required: this.getNodeParameter('isRequired', itemIndex) as boolean,
		...(type === 'selection'
			? {
					selection_options: String(this.getNodeParameter('selectionOptions', itemIndex, ''))
						.split(',')
						.map((option) => option.trim())
						.filter(Boolean),
				}
			: {}),
		...(helpText ? { help_text: helpText } : {}),
		...(isVisibleToClients !== undefined ? { is_visible_to_clients: isVisibleToClients } : {}),
	};
	const field = await plannrApiRequest.call(this, {
		method: 'POST',
		path: '/api/v1/custom-field',
		body,
	});
	return jsonItems(unwrapRecord(field));
}
