import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	additionalFieldsCollection,
	describeId,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';
import { absenceRequestId, decisionFields } from './fields';

const shiftTypeField: INodeProperties = {
	displayName: 'Shift Type ID',
	name: 'shiftTypeId',
	type: 'number',
	default: 0,
	description: `The shift type the employee’s shifts change to, with Existing Shifts "Change Shift Type": ${plandayIdText('shift type')}`,
};

const properties: INodeProperties[] = [
	describeId(absenceRequestId, 'The absence request to approve'),
	additionalFieldsCollection([
		{
			displayName: 'Cover Shifts',
			name: 'coverShifts',
			type: 'options',
			options: [
				{ name: 'Create Open Shifts', value: 'CreateOpen' },
				{ name: 'Do Not Create', value: 'DoNotCreate' },
			],
			default: 'DoNotCreate',
			description: 'Whether Planday opens shifts to cover the absence',
		},
		{
			displayName: 'Existing Shifts',
			name: 'existingShifts',
			type: 'options',
			options: [
				{ name: 'Change Shift Type', value: 'ChangeShiftType' },
				{ name: 'Delete', value: 'Delete' },
				{ name: 'No Action', value: 'NoAction' },
			],
			default: 'NoAction',
			description: 'What happens to the employee’s shifts during the absence',
		},
		...decisionFields,
		shiftTypeField,
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceRequest'], operation: ['approve'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, absenceRequestId, itemIndex);
	const { reason, notify, existingShifts, shiftTypeId, coverShifts } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const change =
		shiftTypeId === undefined
			? {}
			: {
					change: {
						shiftTypeId: idValue(this, itemIndex, shiftTypeField.displayName, shiftTypeId),
					},
				};
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `/absence/v1.0/absencerequests/${id}/approve`,
		body: {
			...(reason ? { reason } : {}),
			...(notify === undefined ? {} : { notify }),
			...(existingShifts ? { existingShifts: { action: existingShifts, ...change } } : {}),
			...(coverShifts ? { coverShifts: { action: coverShifts } } : {}),
		},
		// Planday Absence OpenAPI: "Authorization policy: absence create".
		scope: 'absence:create',
	});
	return jsonItems(responseRecord(body));
}
