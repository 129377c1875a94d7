import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { isEmptyValue } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayIdText, plandayOptions } from '../common.descriptions';
import { idListParameter, idValue, responseRecord } from '../helpers';
import { requiredShiftFields } from './fields';

const [departmentField] = requiredShiftFields;

const shiftIds: INodeProperties = {
	displayName: 'Shift IDs',
	name: 'shiftIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. 500007, 500008',
	description: `The draft shifts to publish, separated by commas; empty publishes every draft of the department. ${plandayIdText('shift', true)}.`,
};

const properties: INodeProperties[] = [departmentField, shiftIds, plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['shift'], operation: ['publishDrafts'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const chosen = isEmptyValue(this.getNodeParameter('shiftIds', itemIndex, ''))
		? []
		: idListParameter(this, shiftIds, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: '/scheduling/v1.0/shifts/drafts/publish',
		body: {
			departmentId: idValue(
				this,
				itemIndex,
				'Department',
				this.getNodeParameter('departmentId', itemIndex),
			),
			...(chosen.length ? { shiftIds: chosen } : {}),
		},
		scope: 'shift:update',
	});
	return jsonItems(responseRecord(body));
}
