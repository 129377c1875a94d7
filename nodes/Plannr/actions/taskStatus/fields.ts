import type { INodeProperties } from 'n8n-workflow';

import { uuidLocator } from '../common.descriptions';

/** The status in a path; From List reads the task-status list Plannr does not document. */
export const taskStatusLocator = uuidLocator({
	name: 'taskStatusId',
	displayName: 'Task Status',
	search: 'searchTaskStatuses',
	description: 'The task status to change',
});

export const colourField: INodeProperties = {
	displayName: 'Colour',
	name: 'colour',
	type: 'color',
	default: '',
	placeholder: 'e.g. #2d9cdb',
	description: 'The colour Plannr shows the status in',
};
