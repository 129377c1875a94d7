import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdText, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { responseRecord } from '../helpers';

const properties: INodeProperties[] = [
	unconfirmedNotice('how several departments are sent (as a repeated departmentIds parameter)'),
	{
		displayName: 'Department Names or IDs',
		name: 'departmentIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDepartments' },
		required: true,
		default: [],
		description: `The departments whose payroll to read. ${plandayIdText('department', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day (inclusive)',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day (inclusive)',
	},
	plandayOptions(
		{
			displayName: 'Approved Shifts Only',
			name: 'approvedOnly',
			type: 'boolean',
			default: false,
			description: 'Whether to include only approved shifts',
		},
		{
			displayName: 'Full Salary for Monthly Paid',
			name: 'returnFullSalaryForMonthlyPaid',
			type: 'boolean',
			default: false,
			description: 'Whether to return the whole monthly salary instead of the period’s share',
		},
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['payroll'], operation: ['get'] } },
	properties,
);

/** One item with shifts, supplements and salaried payroll of the period; Planday does not wrap it in `data`. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const approvedOnly = this.getNodeParameter('options.approvedOnly', itemIndex, false) as boolean;
	const returnFullSalaryForMonthlyPaid = this.getNodeParameter(
		'options.returnFullSalaryForMonthlyPaid',
		itemIndex,
		false,
	) as boolean;
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/payroll/v1.0/payroll',
		qs: {
			departmentIds: this.getNodeParameter('departmentIds', itemIndex) as number[],
			from: toDateOnly(this.getNodeParameter('from', itemIndex), this.getTimezone()),
			to: toDateOnly(this.getNodeParameter('to', itemIndex), this.getTimezone()),
			...(approvedOnly ? { shiftStatus: 'Approved' } : {}),
			...(returnFullSalaryForMonthlyPaid ? { returnFullSalaryForMonthlyPaid: true } : {}),
		},
		scope: 'payroll:read',
	});
	return jsonItems(responseRecord(body));
}
