import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idValue } from '../helpers';
import { employeeId } from './fields';

const properties: INodeProperties[] = [
	describeId(employeeId, 'The employee whose shifts of today to list'),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['punchClock'], operation: ['getTodayShifts'] } },
	properties,
);

/** The shifts an employee can punch in on today, in one answer without paging. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const employee = idValue(
		this,
		itemIndex,
		employeeId.displayName,
		this.getNodeParameter('employeeId', itemIndex, '', { extractValue: true }),
	);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: '/punchclock/v1.0/employeeshifts/today',
		qs: { employeeId: employee },
		scope: 'shift:read',
	});
	return jsonItems(unwrapList(body));
}
