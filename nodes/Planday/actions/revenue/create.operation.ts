import { toDateOnly } from '../../../shared/dates';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'revenue',
	operation: 'create',
	method: 'POST',
	path: () => '/revenue/v1.0/revenue',
	scope: 'revenue:set',
	fields: [
		{ displayName: 'Revenue Unit Name or ID', name: 'revenueUnitId', type: 'options', typeOptions: { loadOptionsMethod: 'getRevenueUnits' }, required: true, default: '', description: 'The revenue unit (till or sales point) the turnover belongs to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
		{ displayName: 'Date', name: 'date', type: 'dateTime', required: true, default: '', description: 'The day the turnover was made' },
		{ displayName: 'Turnover', name: 'turnover', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'The day’s turnover in the portal’s currency' },
	],
	optional: { name: 'additionalFields', options: [{ displayName: 'Description', name: 'description', type: 'string', default: '', description: 'A note shown with the revenue in Planday' }] },
	body(itemIndex) {
		return {
			revenueUnitId: Number(this.getNodeParameter('revenueUnitId', itemIndex)),
			date: toDateOnly(this.getNodeParameter('date', itemIndex)),
			turnover: this.getNodeParameter('turnover', itemIndex) as number,
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
