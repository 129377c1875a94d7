import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { filtersCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { idListParameter, listQuery } from '../helpers';

const employeeIdsField: INodeProperties = {
	displayName: 'Employee IDs',
	name: 'employeeIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1001, 1002',
	description: `The employees whose balances to read: ${plandayIdText('employee', true)}, separated by commas, or a list from an expression`,
};

const filters = filtersCollection([
	{
		displayName: 'Absence Type',
		name: 'absenceType',
		type: 'options',
		// Planday Absence OpenAPI: the `absenceType` enum.
		options: ['Vacation', 'Absence', 'Flextime', 'Accrued'].map((type) => ({
			name: type,
			value: type,
		})),
		default: 'Vacation',
		description: 'Only accounts of this absence type',
	},
	{
		displayName: 'Only Accounts Valid on Balance Date',
		name: 'onlyAccountsValidOnBalanceDate',
		type: 'boolean',
		default: true,
		description:
			'Whether to leave out accounts whose validity period does not include the balance date',
	},
]);

const properties: INodeProperties[] = [
	employeeIdsField,
	{
		displayName: 'Balance Date',
		name: 'balanceDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day to read the balances on',
	},
	filters,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getEmployeeBalances'] } },
	properties,
);

/** One item per employee: their accounts, each with its balance. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const employeeIds = idListParameter(this, employeeIdsField, itemIndex);
	const repeated = employeeIds.find((id, index) => employeeIds.indexOf(id) !== index);
	if (repeated !== undefined) {
		// Planday: "Ids of the requested employees (no duplicates allowed)".
		throw invalidParameter(
			this,
			itemIndex,
			employeeIdsField.displayName,
			`Employee ${repeated} is given twice`,
		);
	}
	const balanceDate = toDateOnly(
		this.getNodeParameter('balanceDate', itemIndex),
		this.getTimezone(),
	);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/absence/v1.0/accounts/balance/employees',
		qs: listQuery(this, itemIndex, filters),
		body: employeeIds.map((employeeId) => ({ employeeId, balanceDate })),
		scope: 'absence:read',
	});
	return jsonItems(unwrapList(body));
}
