import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';

/** NOT CONFIRMED: only third-party code shows salaries removed with DELETE on the employee's salary path. */
const SALARY_PATH = (employeeId: string) => `/pay/v1.0/salaries/employees/${employeeId}`;

const employeeId = plandayIdLocator('employeeId', 'Employee', 'The employee whose salary to remove', 'searchEmployees');

const properties: INodeProperties[] = [
	unconfirmedNotice('that a salary is removed with DELETE on the employee’s salary path (only third-party code shows it)'),
	employeeId,
	plandayOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['salary'], operation: ['delete'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const body = await plandayApiRequest.call(this, { method: 'DELETE', path: SALARY_PATH(id), scope: 'salaries:update' });
	return jsonItems(responseRecord(body));
}
