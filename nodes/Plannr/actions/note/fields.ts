import type { INodeProperties } from 'n8n-workflow';

import { pathSegment } from '../../../shared/http';

/** The kinds of note Plannr keeps (meetings are notes too). */
export const NOTE_TYPES = ['call', 'email', 'meeting', 'note'];

/** The record a note belongs to: its kind and UUID, which together form the notes path. */
export const notableFields: INodeProperties[] = [
	{
		displayName: 'Record Type',
		name: 'notableType',
		type: 'options',
		default: 'account',
		options: [
			{ name: 'Account', value: 'account' },
			{ name: 'Board Task', value: 'board_task' },
			{ name: 'Case', value: 'case' },
			{ name: 'Conversation', value: 'conversation' },
			{ name: 'Illustration', value: 'illustration' },
		],
	},
	{ displayName: 'Record UUID', name: 'notableUuid', type: 'string', required: true, default: '', description: 'The UUID of the account, case or other record' },
];

/** The notes of one record (`GET /api/v1/note/{notableType}/{notableUuid}`). */
export function notesPath(notableType: string, notableUuid: string): string {
	return `/api/v1/note/${pathSegment(notableType)}/${notableUuid}`;
}
