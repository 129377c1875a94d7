import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest, unwrapData } from '../../transport';
import { idParameter } from '../helpers';
import { showFor } from '../operations';
import { dateField, departmentField } from '../scheduleDay/fields';

export const description = showFor({ resource: 'timeAndCost', operation: 'get' }, [
	departmentField,
	dateField('from', 'From', 'First day (inclusive)'),
	dateField('to', 'To', 'Last day (inclusive)'),
]);

/** One item with the costs of the period; `duration` is D:HH:MM (e.g. "0:07:30" is 7.5 hours). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const departmentId = idParameter(this, 'departmentId', itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'GET',
		path: `/scheduling/v1.0/timeandcost/${departmentId}`,
		qs: { from: toDateOnly(this.getNodeParameter('from', itemIndex)), to: toDateOnly(this.getNodeParameter('to', itemIndex)) },
		scope: 'timeandcost:read',
	});
	return jsonItems(unwrapData(body));
}
