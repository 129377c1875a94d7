import { endpoint, optionalFields } from '../operations';
import { modelTypeField } from './fields';

export const { description, execute } = endpoint({
	resource: 'customField',
	operation: 'create',
	method: 'POST',
	path: () => '/api/v1/custom-field',
	fields: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', description: 'Unique among the fields of the model type' },
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
		{ displayName: 'Is Required', name: 'isRequired', type: 'boolean', default: false, description: 'Whether a value must be given' },
		{
			displayName: 'Selection Options',
			name: 'selectionOptions',
			type: 'string',
			default: '',
			displayOptions: { show: { type: ['selection'] } },
			description: 'Comma-separated choices',
		},
	],
	optional: {
		name: 'additionalFields',
		options: [
			{ displayName: 'Help Text', name: 'helpText', type: 'string', default: '' },
			{ displayName: 'Visible to Clients', name: 'isVisibleToClients', type: 'boolean', default: false, description: 'Whether clients see the field in their portal' },
		],
	},
	body(itemIndex) {
		const type = this.getNodeParameter('type', itemIndex) as string;
		const { helpText, isVisibleToClients } = optionalFields(this, 'additionalFields', itemIndex);
		return {
			name: this.getNodeParameter('name', itemIndex) as string,
			type,
			model_type: this.getNodeParameter('modelType', itemIndex) as string,
			is_required: this.getNodeParameter('isRequired', itemIndex) as boolean,
			...(type === 'selection'
				? { selection_options: String(this.getNodeParameter('selectionOptions', itemIndex, '')).split(',').map((option) => option.trim()).filter(Boolean) }
				: {}),
			...(helpText ? { help_text: helpText } : {}),
			...(isVisibleToClients !== undefined ? { is_visible_to_clients: isVisibleToClients } : {}),
		};
	},
});
