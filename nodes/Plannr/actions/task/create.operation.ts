import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequest, unwrapRecord } from '../../transport';
import { optionsCollection, unconfirmedNotice } from '../common.descriptions';
import { taskBody, taskFields } from './fields';

const properties: INodeProperties[] = [
	// NOT CONFIRMED: which fields Plannr requires; the name is the one every example has.
	unconfirmedNotice('Plannr does not document which task fields are required; the node asks only for the name'),
	{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. Prepare annual review' },
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: taskFields },
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['task'], operation: ['create'] } }, properties);

/** `POST /api/v1/task` with the name and any additional fields; returns the new task. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const body = taskBody(this, itemIndex, {
		name: this.getNodeParameter('name', itemIndex),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	});
	const task = await plannrApiRequest.call(this, { method: 'POST', path: '/api/v1/task', body });
	return jsonItems(unwrapRecord(task));
}
