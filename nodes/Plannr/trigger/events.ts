import type { INodePropertyOptions } from 'n8n-workflow';

/** Every webhook event Plannr documents, grouped by resource; used by the subscription resource and the trigger. */
export const PLANNR_EVENT_GROUPS: Record<string, string[]> = {
	Account: ['account.created', 'account.updated', 'account.deleted', 'account.annual-review-date-occurred'],
	Circle: ['circle.created', 'circle.updated', 'circle.deleted'],
	Plan: ['plan.created', 'plan.updated', 'plan.deleted'],
	Case: ['case.created', 'case.updated', 'case.deleted'],
	Task: ['task.created', 'task.updated', 'task.deleted', 'task.completed'],
	'Fact Find and Forms': ['fact-find.completed', 'fact-find.completed-v3', 'form-submission.completed'],
	'Bank Account': ['bank-account.created', 'bank-account.updated', 'bank-account.deleted'],
	'Bank Statement': ['bank-statement.created', 'bank-statement.updated', 'bank-statement.deleted'],
	'Bank Transaction': ['bank-transaction.created', 'bank-transaction.updated', 'bank-transaction.deleted'],
	'Provider Statement': ['provider-statement.created', 'provider-statement.updated', 'provider-statement.deleted'],
	Statement: ['statement.lock-status'],
	Transaction: ['transaction.created', 'transaction.updated', 'transaction.deleted', 'transaction.reconciled', 'transaction.unreconciled'],
	'Conversation Message': ['conversation.message.created', 'conversation.message.updated', 'conversation.message.deleted'],
	'Client Portal Document': ['client-portal-document.uploaded', 'client-portal-document.updated', 'client-portal-document.deleted'],
};

/** The events as multi-select options, e.g. "Task: completed" → `task.completed`, sorted by name. */
export const PLANNR_EVENT_OPTIONS: INodePropertyOptions[] = Object.entries(PLANNR_EVENT_GROUPS)
	.flatMap(([group, events]) =>
		events.map((event) => ({
			name: `${group}: ${event.slice(event.indexOf('.') + 1).replace(/[.-]/g, ' ')}`,
			value: event,
		})),
	)
	.sort((a, b) => a.name.localeCompare(b.name));
