import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayIdText, plandayOptions } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';
import { ABSENCE_TYPES } from './fields';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee the draft is for',
	'searchEmployees',
);

const accountIdField: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'number',
	default: 0,
	description: `The absence account the draft books, used when no Absence Type is given: ${plandayIdText('absence account')}`,
};

const absenceTypeField: INodeProperties = {
	displayName: 'Absence Type',
	name: 'absenceType',
	type: 'options',
	default: 'Vacation',
	options: ABSENCE_TYPES.map((type) => ({ name: type, value: type })),
	description:
		'The kind of absence account the draft books; without it Planday uses the Account ID',
};

const properties: INodeProperties[] = [
	employeeId,
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'First day of absence (included)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Last day of absence (included)',
	},
	additionalFieldsCollection([absenceTypeField, accountIdField]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['getDraft'] } },
	properties,
);

/**
 * Planday's draft is the body to submit: the request (period, type, a registration per day with
 * its account and cost) and the employee's accounts it can book, with their balances.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { absenceType, accountId } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	if (absenceType && !ABSENCE_TYPES.includes(String(absenceType))) {
		throw invalidParameter(
			this,
			itemIndex,
			absenceTypeField.displayName,
			`"${String(absenceType)}" is not an absence type Planday takes (${ABSENCE_TYPES.join(', ')})`,
		);
	}
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/absence/v1.0/absencerequests/draft',
		qs: {
			employeeId: Number(idParameter(this, employeeId, itemIndex)),
			startDate: toDateOnly(this.getNodeParameter('startDate', itemIndex)),
			endDate: toDateOnly(this.getNodeParameter('endDate', itemIndex)),
			...(absenceType ? { absenceType } : {}),
			...(accountId === undefined
				? {}
				: { accountId: idValue(this, itemIndex, accountIdField.displayName, accountId) }),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
