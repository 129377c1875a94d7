import { toDateOnly } from '../../../shared/dates';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'revenue',
	operation: 'create',
	method: 'POST',
	path: () => '/revenue/v1.0/revenue',
	scope: 'revenue:set',
	fields: [
		{ displayName: 'Revenue Unit ID', name: 'revenueUnitId', type: 'number', required: true, default: 0, description: 'From Revenue → Get Units' },
		{ displayName: 'Date', name: 'date', type: 'dateTime', required: true, default: '' },
		{ displayName: 'Turnover', name: 'turnover', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The day’s turnover in the portal’s currency' },
	],
	optional: { name: 'additionalFields', options: [{ displayName: 'Description', name: 'description', type: 'string', default: '' }] },
	body(itemIndex) {
		return {
			revenueUnitId: this.getNodeParameter('revenueUnitId', itemIndex) as number,
			date: toDateOnly(this.getNodeParameter('date', itemIndex)),
			turnover: this.getNodeParameter('turnover', itemIndex) as number,
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
