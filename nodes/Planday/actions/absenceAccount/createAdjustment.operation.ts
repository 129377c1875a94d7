import { toDateOnly } from '../../../shared/dates';
import { ABSENCE_ACCOUNT_ID } from '../ids';
import { endpoint, optionalFields } from '../operations';

export const { description, execute } = endpoint({
	resource: 'absenceAccount',
	operation: 'createAdjustment',
	method: 'POST',
	id: ABSENCE_ACCOUNT_ID,
	path: (id) => `/absence/v1.0/accounts/${id}/adjustments`,
	// NOT CONFIRMED: the scope (absence:create is the likeliest).
	scope: 'absence:create',
	fields: [
		{ displayName: 'Effective Date', name: 'effectiveDate', type: 'dateTime', required: true, default: '' },
		{ displayName: 'Value', name: 'value', type: 'number', typeOptions: { numberPrecision: 2 }, required: true, default: 0, description: 'How much to add (negative to subtract), in the account’s unit' },
	],
	optional: { name: 'additionalFields', options: [{ displayName: 'Comment', name: 'comment', type: 'string', default: '' }] },
	body(itemIndex) {
		return {
			effectiveDate: toDateOnly(this.getNodeParameter('effectiveDate', itemIndex)),
			value: this.getNodeParameter('value', itemIndex) as number,
			...optionalFields(this, 'additionalFields', itemIndex),
		};
	},
});
