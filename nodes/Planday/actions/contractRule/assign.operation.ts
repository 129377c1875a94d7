import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayIdText, plandayOptions } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';

const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee to assign the rule to',
	'searchEmployees',
);

const properties: INodeProperties[] = [
	employeeId,
	{
		displayName: 'Contract Rule Name or ID',
		name: 'contractRuleId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getContractRules' },
		required: true,
		default: '',
		description: `The contract rule (e.g. contracted hours) to give the employee. ${plandayIdText('contract rule')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	},
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['contractRule'], operation: ['assign'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/contractrules/v1.0/employees/${id}`,
		qs: {
			contractRuleId: idValue(
				this,
				itemIndex,
				'Contract Rule',
				this.getNodeParameter('contractRuleId', itemIndex),
			),
		},
		// Planday's guide repeats the employee id in the body, as a string.
		body: { employeeId: id },
		scope: 'contractrules:update',
	});
	return jsonItems(responseRecord(body));
}
