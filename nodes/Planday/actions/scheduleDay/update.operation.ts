import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { updateDisplayOptions, updateFieldsCollection } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { definedEntries } from '../../../shared/parameters';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idValue, responseRecord } from '../helpers';
import { dateField, departmentField } from './fields';

const properties: INodeProperties[] = [
	departmentField,
	dateField('date', 'Date', 'The day to change'),
	updateFieldsCollection([
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			placeholder: 'e.g. Extra staff from 18:00',
			description: 'Text shown under the day’s title in the schedule',
		},
		{
			displayName: 'Is Visible',
			name: 'isVisible',
			type: 'boolean',
			default: true,
			description: 'Whether employees see the day’s title and description',
		},
		{
			displayName: 'Title',
			name: 'title',
			type: 'string',
			default: '',
			placeholder: 'e.g. Christmas party',
			description: 'The day’s title in the schedule',
		},
	]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['scheduleDay'], operation: ['update'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: '/scheduling/v1.0/scheduleDay',
		body: {
			departmentId: idValue(
				this,
				itemIndex,
				'Department',
				this.getNodeParameter('departmentId', itemIndex),
			),
			date: toDateOnly(this.getNodeParameter('date', itemIndex), this.getTimezone()),
			...definedEntries(this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject),
		},
		scope: 'shift:update',
	});
	return jsonItems(responseRecord(body));
}
