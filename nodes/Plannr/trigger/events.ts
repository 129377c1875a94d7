import type { INodePropertyOptions } from 'n8n-workflow';

/** Every webhook event Plannr documents, grouped by resource; used by the subscription resource and the trigger. */
export const PLANNR_EVENT_GROUPS: Record<string, string[]> = {
	Account: [
		'account.created',
		'account.updated',
		'account.deleted',
		'account.annual-review-date-occurred',
	],
	Circle: ['circle.created', 'circle.updated', 'circle.deleted'],
	Plan: ['plan.created', 'plan.updated', 'plan.deleted'],
	Case: ['case.created', 'case.updated', 'case.deleted'],
	Task: ['task.created', 'task.updated', 'task.deleted', 'task.completed'],
	'Fact Find and Forms': [
		'fact-find.completed',
		'fact-find.completed-v3',
		'form-submission.completed',
	],
	'Bank Account': ['bank-account.created', 'bank-account.updated', 'bank-account.deleted'],
	'Bank Statement': ['bank-statement.created', 'bank-statement.updated', 'bank-statement.deleted'],
	'Bank Transaction': [
		'bank-transaction.created',
		'bank-transaction.updated',
		'bank-transaction.deleted',
	],
	'Provider Statement': [
		'provider-statement.created',
		'provider-statement.updated',
		'provider-statement.deleted',
	],
	Statement: ['statement.lock-status'],
	Transaction: [
		'transaction.created',
		'transaction.updated',
		'transaction.deleted',
		'transaction.reconciled',
		'transaction.unreconciled',
	],
	'Conversation Message': [
		'conversation.message.created',
		'conversation.message.updated',
		'conversation.message.deleted',
	],
	'Client Portal Document': [
		'client-portal-document.uploaded',
		'client-portal-document.updated',
		'client-portal-document.deleted',
	],
};

/** Title Case words n8n keeps lower case inside a label. */
const SMALL_WORDS = new Set(['and', 'of', 'for', 'to', 'in', 'on']);

/** "fact-find.completed-v3" → "Fact Find Completed V3": every word of the event name, in Title Case. */
function eventLabel(event: string): string {
	return event
		.split(/[.-]/)
		.map((word, index) =>
			index > 0 && SMALL_WORDS.has(word) ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
		)
		.join(' ');
}

/** The events as multi-select options, e.g. "Task Completed" → `task.completed`, sorted by name. */
export const PLANNR_EVENT_OPTIONS: INodePropertyOptions[] = Object.values(PLANNR_EVENT_GROUPS)
	.flat()
	.map((event) => ({ name: eventLabel(event), value: event }))
	.sort((a, b) => a.name.localeCompare(b.name));
