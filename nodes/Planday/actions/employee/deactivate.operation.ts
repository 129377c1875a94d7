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
import { plandayIdText, plandayOptions, unconfirmedNotice } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';
import { employeeId } from './fields';

/**
 * NOT CONFIRMED: a copy of Planday's reference names `employee:update`; the scope list also has
 * `employee:deactivate`. Used only in the 403 hint.
 */
const DEACTIVATE_SCOPE = 'employee:update';

const properties: INodeProperties[] = [
	unconfirmedNotice(
		`which scope this needs (per Planday’s reference: ${DEACTIVATE_SCOPE}; the app may also need employee:deactivate)`,
	),
	describeId(employeeId, 'The employee who leaves'),
	additionalFieldsCollection([
		{
			displayName: 'Keep Shifts',
			name: 'keepShifts',
			type: 'boolean',
			default: false,
			description: 'Whether to keep the employee’s future shifts (otherwise Planday removes them)',
		},
		{
			displayName: 'Last Working Day',
			name: 'date',
			type: 'dateTime',
			default: '',
			description: 'The employee’s last active day; empty means today',
		},
		{
			displayName: 'Reason',
			name: 'reason',
			type: 'string',
			default: '',
			placeholder: 'e.g. Moved abroad',
			description: 'Why the employee leaves, kept on the employee record',
		},
		{
			displayName: 'Termination Type Name or ID',
			name: 'terminationTypeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getTerminationTypes' },
			default: '',
			description: `The portal’s termination type, e.g. resignation or dismissal. ${plandayIdText('termination type')}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['employee'], operation: ['deactivate'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, employeeId, itemIndex);
	const fields = definedEntries(
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
	);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/hr/v1.0/employees/deactivate/${id}`,
		body: {
			...fields,
			...(fields.date ? { date: toDateOnly(fields.date, this.getTimezone()) } : {}),
			...(fields.terminationTypeId !== undefined
				? {
						terminationTypeId: idValue(
							this,
							itemIndex,
							'Termination Type',
							fields.terminationTypeId,
						),
					}
				: {}),
		},
		scope: DEACTIVATE_SCOPE,
	});
	return jsonItems(responseRecord(body));
}
