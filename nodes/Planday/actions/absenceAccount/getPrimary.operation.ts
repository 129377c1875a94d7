import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayIdText, plandayOptions } from '../common.descriptions';
import { idListParameter, idParameter, responseRecord } from '../helpers';
import { ABSENCE_ARRAY_QUERY_FORMAT } from '../absenceRecord/fields';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee whose primary account to get',
	'searchEmployees',
);

const accountTypeIdsField: INodeProperties = {
	displayName: 'Account Type IDs',
	name: 'accountTypeIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1, 2',
	description: `The account types to choose among: ${plandayIdText('absence account type', true)}, separated by commas, or a list from an expression`,
};

const properties: INodeProperties[] = [
	employeeId,
	{
		displayName: 'Date',
		name: 'date',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the account must be valid on',
	},
	accountTypeIdsField,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['getPrimary'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/absence/v1.0/accounts/primary',
		qs: {
			employeeId: Number(idParameter(this, employeeId, itemIndex)),
			date: toDateOnly(this.getNodeParameter('date', itemIndex), this.getTimezone()),
			accountTypeIds: idListParameter(this, accountTypeIdsField, itemIndex),
		},
		arrayFormat: ABSENCE_ARRAY_QUERY_FORMAT,
		scope: 'absence:read',
	});
	return jsonItems(responseRecord(body));
}
