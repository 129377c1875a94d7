import { customFieldsField } from '../fields';
import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'plan',
	operation: 'getAll',
	path: '/api/v1/plans',
	// NOT CONFIRMED: Plannr names these filters only in prose; the keys follow its usual snake_case.
	filters: [
		customFieldsField('getPlanCustomFields', 'Add custom field filter'),
		{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Inactive', value: 'inactive' },
				{ name: 'Proposed', value: 'proposed' },
			],
		},
		{ displayName: 'Type', name: 'type', type: 'string', default: '', description: 'Comma-separated plan types, e.g. pension,investment' },
	],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions(
	'plan',
	[],
	['fields', 'client', 'cases', 'tags', 'sub_accounts', 'latest_valuations', 'wrap', 'external_references', 'active_adviser', 'seller', 'linked_owners', 'custom_fields'],
);
