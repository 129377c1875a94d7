import type { IdSpec } from './operations';

/** The id parameters of Plannr records, each with its searchable list. */
export const ACCOUNT_ID: IdSpec = { name: 'accountId', displayName: 'Account', search: 'searchAccounts', description: 'The client, employee or introducer account' };
export const TASK_ID: IdSpec = { name: 'taskId', displayName: 'Task', search: 'searchTasks', description: 'The task' };
export const CASE_ID: IdSpec = { name: 'caseId', displayName: 'Case', search: 'searchCases', description: 'The case' };
export const PLAN_ID: IdSpec = { name: 'planId', displayName: 'Plan', search: 'searchPlans', description: 'The plan (policy or product)' };
export const CUSTOM_FIELD_ID: IdSpec = { name: 'customFieldId', displayName: 'Custom Field', description: 'The custom field’s UUID' };
export const DOCUMENT_ID: IdSpec = { name: 'documentId', displayName: 'Document', description: 'The document’s UUID' };
export const WEBHOOK_SUBSCRIPTION_ID: IdSpec = { name: 'webhookSubscriptionId', displayName: 'Webhook Subscription', description: 'The subscription’s UUID' };
