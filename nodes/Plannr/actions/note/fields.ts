import type { INodeProperties } from 'n8n-workflow';

import { uuidLocator } from '../common.descriptions';

/** The kinds of note Plannr keeps (meetings are notes too). */
export const NOTE_TYPES = ['call', 'email', 'meeting', 'note'];

/** The kind of record a note belongs to; it is part of the notes path, so only these values are sent. */
export const recordTypeField: INodeProperties = {
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
};

/** The record whose notes these are. */
export const recordLocator = uuidLocator({
	name: 'notableUuid',
	displayName: 'Record',
	search: 'searchRelatedRecords',
	description: 'The account, case or other record chosen in Record Type',
});
