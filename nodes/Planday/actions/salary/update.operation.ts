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
import { idParameter, idValue, responseRecord } from '../helpers';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee whose salary to set',
	'searchEmployees',
);

const hoursField: INodeProperties = {
	displayName: 'Hours',
	name: 'hours',
	type: 'number',
	typeOptions: { minValue: 0 },
	required: true,
	default: 0,
	description: 'Contracted hours per salary period',
};

const salaryField: INodeProperties = {
	displayName: 'Salary',
	name: 'salary',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	required: true,
	default: 0,
	description: 'The amount per salary period, in the portal’s currency',
};

const properties: INodeProperties[] = [
	employeeId,
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The day the salary starts',
	},
	{
		displayName: 'Salary Type Name or ID',
		name: 'salaryTypeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSalaryTypes' },
		required: true,
		default: '',
		description: `How the salary is paid, e.g. monthly. ${plandayIdText('salary type')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	hoursField,
	salaryField,
	additionalFieldsCollection([
		{
			displayName: 'Salary Code',
			name: 'salaryCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1100',
			description: 'The code payroll exports use for this salary',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['salary'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/pay/v1.0/salaries/employees/${id}`,
		body: {
			from: toDateOnly(this.getNodeParameter('from', itemIndex), this.getTimezone()),
			salaryTypeId: idValue(
				this,
				itemIndex,
				'Salary Type',
				this.getNodeParameter('salaryTypeId', itemIndex),
			),
			hours: numberParameter(this, hoursField, itemIndex),
			salary: numberParameter(this, salaryField, itemIndex),
			...definedEntries(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		},
		scope: 'salaries:update',
	});
	return jsonItems(responseRecord(body));
}
