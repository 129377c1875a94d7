import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries, numberParameter } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayIdText, plandayOptions } from '../common.descriptions';
import { idListParameter, idParameter, responseRecord } from '../helpers';

const employeeGroupId = plandayIdLocator(
	'employeeGroupId',
	'Employee Group',
	'The employee group the rate applies in',
	'searchEmployeeGroups',
);

const employeeIds: INodeProperties = {
	displayName: 'Employee IDs',
	name: 'employeeIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1001, 1002',
	description: `The employees who get this rate: IDs separated by commas, or a list from an expression. ${plandayIdText('employee', true)}.`,
};

const rateField: INodeProperties = {
	displayName: 'Rate',
	name: 'rate',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	required: true,
	default: 0,
	description: 'The wage in the portal’s currency',
};

const properties: INodeProperties[] = [
	employeeGroupId,
	{
		displayName: 'Wage Type',
		name: 'wageType',
		type: 'options',
		options: [
			{ name: 'Hourly Rate', value: 'HourlyRate' },
			{ name: 'Shift Rate', value: 'ShiftRate' },
		],
		default: 'HourlyRate',
		description: 'Whether the rate is paid per hour worked or per shift',
	},
	rateField,
	employeeIds,
	additionalFieldsCollection([
		{
			displayName: 'Salary Code',
			name: 'salaryCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1100',
			description: 'The code payroll exports use for this rate',
		},
		{
			displayName: 'Valid From',
			name: 'validFrom',
			type: 'dateTime',
			default: '',
			description: 'The first day the rate applies; empty means now',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['payRate'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeGroupId, itemIndex);
	const extra = definedEntries(
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/pay/v1.0/payrates/employeeGroups/${id}`,
		body: {
			wageType: this.getNodeParameter('wageType', itemIndex) as string,
			rate: numberParameter(this, rateField, itemIndex),
			employeeIds: idListParameter(this, employeeIds, itemIndex),
			...extra,
			...(extra.validFrom ? { validFrom: toDateOnly(extra.validFrom, this.getTimezone()) } : {}),
		},
		scope: 'payrates:update',
	});
	return jsonItems(responseRecord(body));
}
