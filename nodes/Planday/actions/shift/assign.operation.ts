import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { isEmptyValue } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';
import { shiftId } from './fields';

const employeeId: INodeProperties = {
	...plandayIdLocator(
		'employeeId',
		'Employee',
		'Who gets the shift; empty makes it an open shift again. Planday does not check that the employee belongs to the shift’s department and group.',
		'searchEmployees',
	),
	required: false,
};

const properties: INodeProperties[] = [
	describeId(shiftId, 'The shift to give to an employee'),
	employeeId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['assign'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, shiftId, itemIndex);
	const employee = this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true });
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `/scheduling/v1.0/shifts/${id}/employee`,
		body: {
			employeeId: isEmptyValue(employee)
				? null
				: idValue(this, itemIndex, employeeId.displayName, employee),
		},
		scope: 'shift:update',
	});
	return jsonItems(responseRecord(body));
}
