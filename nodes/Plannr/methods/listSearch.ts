import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
	type NodeApiError,
} from 'n8n-workflow';

import { PLANNR_MAX_PAGE_SIZE, plannrApiRequest } from '../transport';
import { WEBHOOK_SUBSCRIPTIONS_PATH } from '../transport/paths';
import { PLANNR_APP_ACCOUNT_URL } from '../actions/account/fields';
import { primaryEmail } from '../actions/helpers';

const SEARCH_PAGE_SIZE = 50;

/**
 * NOT CONFIRMED: Plannr documents `POST` and `PUT /api/v1/task-status`, not a list; the Status
 * pickers read this REST default beside them, and their By ID mode works without it.
 */
const TASK_STATUS_LIST_PATH = '/api/v1/task-status';
const NO_TASK_STATUS_LIST =
	'Plannr did not list the task statuses: choose By ID and enter the status UUID (Plannr documents creating and updating task statuses, not listing them)';

interface SearchList {
	path: string;
	query?: IDataObject;
	toItem: (record: IDataObject) => INodeListSearchItems;
	/** Whether Plannr filters the list by `filter[name]`; otherwise pages as large as Plannr allows are matched here. */
	nameFilter: boolean;
}

/** One page of a Plannr list, searched by Plannr's own `filter[name]` or, where it has none, matched here. */
async function searchList(
	context: ILoadOptionsFunctions,
	list: SearchList,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken ?? 1);
	const matchHere = Boolean(filter) && !list.nameFilter;
	const body = (await plannrApiRequest.call(context, {
		method: 'GET',
		path: list.path,
		qs: {
			...list.query,
			per_page: matchHere ? PLANNR_MAX_PAGE_SIZE : SEARCH_PAGE_SIZE,
			page,
			...(filter && list.nameFilter ? { 'filter[name]': filter } : {}),
		},
	})) as IDataObject;
	const records = (body?.data as IDataObject[] | undefined) ?? [];
	const hasNext = Boolean((body?.links as IDataObject | undefined)?.next);
	const needle = filter?.toLowerCase();
	const results = records
		.map((record) => {
			const item = list.toItem(record);
			return { ...item, name: item.name || String(record.uuid) };
		})
		.filter((item) => !matchHere || item.name.toLowerCase().includes(needle!));
	return { results, paginationToken: hasNext ? String(page + 1) : undefined };
}

const ACCOUNT_TYPES: Record<string, string> = {
	client: 'Client',
	employee: 'Employee',
	external: 'Introducer',
};
const capitalised = (text: unknown) =>
	String(text ?? '').replace(/^./, (first) => first.toUpperCase());

/** `Amelia Green · Client (Individual) · amelia@example.co.uk · cd6edd37`: what tells accounts of one name apart. */
function accountItem(account: IDataObject): INodeListSearchItems {
	const name = String(
		account.name ?? `${account.first_name ?? ''} ${account.last_name ?? ''}`,
	).trim();
	const type = ACCOUNT_TYPES[String(account.type)] ?? capitalised(account.type);
	const kind = account.role ? `${type} (${capitalised(account.role)})` : type;
	const uuid = String(account.uuid);
	return {
		name: [name, kind, primaryEmail(account), uuid.slice(-8)].filter(Boolean).join(' · '),
		value: uuid,
		url: PLANNR_APP_ACCOUNT_URL(uuid),
	};
}

const byName = (record: IDataObject): INodeListSearchItems => ({
	name: String(record.name ?? ''),
	value: String(record.uuid),
});

const LISTS = {
	accounts: {
		path: '/api/v1/account',
		query: { include: 'primary_email' },
		toItem: accountItem,
		nameFilter: true,
	},
	employees: {
		path: '/api/v1/account',
		query: { 'filter[type]': 'employee', include: 'primary_email' },
		toItem: accountItem,
		nameFilter: true,
	},
	introducers: {
		path: '/api/v1/account',
		query: { 'filter[type]': 'external', include: 'primary_email' },
		toItem: accountItem,
		nameFilter: true,
	},
	taskStatuses: { path: TASK_STATUS_LIST_PATH, toItem: byName, nameFilter: false },
	tasks: { path: '/api/v1/task', toItem: byName, nameFilter: true },
	/** Plannr documents no name filter for cases (apidocs `operation-getapiv1cases`); names are matched here. */
	cases: { path: '/api/v1/cases', toItem: byName, nameFilter: false },
	documents: { path: '/api/v1/document', toItem: byName, nameFilter: true },
	/** Plans have no documented name filter; names and policy numbers are matched here. */
	plans: {
		path: '/api/v1/plans',
		toItem: (plan: IDataObject) => ({
			name: [plan.name, plan.policy_number].filter(Boolean).join(' · '),
			value: String(plan.uuid),
		}),
		nameFilter: false,
	},
	customFields: {
		path: '/api/v1/custom-field',
		toItem: (field: IDataObject) => ({
			name: `${String(field.name ?? '')} (${capitalised(field.model_type)})`,
			value: String(field.uuid),
		}),
		nameFilter: false,
	},
	webhookSubscriptions: {
		path: WEBHOOK_SUBSCRIPTIONS_PATH,
		toItem: (subscription: IDataObject) => ({
			name: String(subscription.url ?? ''),
			value: String(subscription.uuid),
		}),
		nameFilter: false,
	},
} satisfies Record<string, SearchList>;

export async function searchAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.accounts, filter, paginationToken);
}

export async function searchEmployees(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.employees, filter, paginationToken);
}

export async function searchIntroducers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.introducers, filter, paginationToken);
}

export async function searchTaskStatuses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.taskStatuses, filter, paginationToken).catch(
		(error: NodeApiError) => {
			if (error.httpCode === '404' || error.httpCode === '405')
				throw new NodeOperationError(this.getNode(), NO_TASK_STATUS_LIST);
			throw error;
		},
	);
}

export async function searchTasks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.tasks, filter, paginationToken);
}

export async function searchCases(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.cases, filter, paginationToken);
}

export async function searchPlans(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.plans, filter, paginationToken);
}

export async function searchDocuments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.documents, filter, paginationToken);
}

export async function searchCustomFields(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.customFields, filter, paginationToken);
}

export async function searchWebhookSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, LISTS.webhookSubscriptions, filter, paginationToken);
}

/** Where the kind of a related record is chosen, per operation: tasks, tags and notes. */
const RECORD_TYPE_PARAMETERS = [
	'taskableType',
	'additionalFields.taskableType',
	'updateFields.taskableType',
	'filters.taskableType',
	'taggableType',
	'notableType',
];
const RELATED_LISTS: Record<string, SearchList> = {
	account: LISTS.accounts,
	client: LISTS.accounts,
	case: LISTS.cases,
	plan: LISTS.plans,
};

/** Records of the kind chosen beside the locator (Related To, Record Type); kinds Plannr cannot list are typed By ID. */
export async function searchRelatedRecords(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const recordType = RECORD_TYPE_PARAMETERS.map((name) => this.getCurrentNodeParameter(name)).find(
		(value) => typeof value === 'string' && value,
	);
	const list = RELATED_LISTS[String(recordType ?? 'client')];
	return list ? await searchList(this, list, filter, paginationToken) : { results: [] };
}
