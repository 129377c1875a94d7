import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { absenceAccountId } from './fields';

/** The transaction type sent (Planday Absence OpenAPI: `AbsenceTransactionInputModel.type`, Adjustment or Entry). */
const TRANSACTION_TYPE = 'Adjustment';

const properties: INodeProperties[] = [
	describeId(
		absenceAccountId,
		'The account to book on, e.g. an employee’s flex or time-off-in-lieu account',
	),
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the transaction counts on',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		required: true,
		default: 0,
		description: 'How much to add (negative to subtract)',
	},
	{
		displayName: 'Unit',
		name: 'unit',
		type: 'options',
		options: [
			{ name: 'Days', value: 'Days' },
			{ name: 'Hours', value: 'Hours' },
		],
		default: 'Hours',
		description: 'The unit of the value, as the account counts',
	},
	additionalFieldsCollection([
		{
			displayName: 'External ID',
			name: 'externalId',
			type: 'string',
			default: '',
			placeholder: 'e.g. payroll-2026-11-1004',
			description:
				'Your own reference ID for the transaction from the system it comes from, e.g. payroll-2026-11-1004',
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			placeholder: 'e.g. Overtime from the November stocktake',
			description: 'A note kept with the transaction',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['createTransaction'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceAccountId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/absence/v1.0/accounts/${id}/transactions`,
		body: {
			type: TRANSACTION_TYPE,
			date: toDateOnly(this.getNodeParameter('date', itemIndex), this.getTimezone()),
			amounts: [
				{
					value: this.getNodeParameter('value', itemIndex) as number,
					unit: { type: this.getNodeParameter('unit', itemIndex) as string },
				},
			],
			...definedEntries(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
