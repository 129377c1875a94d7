import type { INodeProperties } from 'n8n-workflow';

import { PLANNR_EVENT_OPTIONS } from '../../trigger/events';

export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: [],
	options: PLANNR_EVENT_OPTIONS,
	description: 'The events Plannr sends to the URL',
};
