import { toDateOnly } from '../../../shared/dates';
import { ABSENCE_ACCOUNT_ID } from '../ids';
import { endpoint } from '../operations';

export const { description, execute } = endpoint({
	resource: 'absenceAccount',
	operation: 'getBalance',
	method: 'GET',
	id: ABSENCE_ACCOUNT_ID,
	path: (id) => `/absence/v1.0/accounts/${id}/balance`,
	scope: 'absence:read',
	fields: [{ displayName: 'Balance Date', name: 'balanceDate', type: 'dateTime', required: true, default: '', description: 'The day to read the balance on' }],
	query(itemIndex) {
		return { balanceDate: toDateOnly(this.getNodeParameter('balanceDate', itemIndex)) };
	},
});
