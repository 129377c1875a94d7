/**
 * The benchmark's workflows: each one starts at a Webhook node that answers when the last node has
 * finished, runs one contender's nodes (named "Work" at the end), and ends with a Count node that
 * answers `{ records }`, so the caller learns how many records came out without the answer
 * carrying them. The fixed-cost workflow is Webhook → No Operation → Count.
 */
import { randomUUID } from 'node:crypto';

import { CREDENTIALS } from '../scripts/lib/fixtures.mjs';

const ref = (kind) => ({
	[CREDENTIALS[kind].type]: { id: CREDENTIALS[kind].id, name: CREDENTIALS[kind].name },
});
const keyValues = (entries) => ({
	parameters: Object.entries(entries).map(([name, value]) => ({ name, value: String(value) })),
});
export const httpNode = (parameters) => ({
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	parameters,
});

/** Records out of the Work node: its items, or for HTTP Request reads the records inside each page's `data`. */
const COUNT = {
	items: "={{ $('Work').all().length }}",
	pages:
		"={{ $('Work').all().reduce((sum, item) => sum + (Array.isArray(item.json.data) ? item.json.data.length : 0), 0) }}",
};

/**
 * A webhook workflow: Webhook → steps (the last one named Work) → Count. Without `count` (timed
 * reads) there is no Count node and the answer is Work's first item: the Count node's expression
 * hands every record to n8n's expression sandbox, which costs more than many reads, so a read's
 * counted form runs once beside, untimed, for the record count. Successful executions are
 * not saved unless `saveSuccess` (queue mode's main reads the last node's data from the database),
 * so the timings hold no database writes of the records.
 */
export function webhookWorkflow(id, steps, count = 'items', { saveSuccess = false } = {}) {
	const webhook = {
		name: 'Webhook',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: randomUUID(),
		parameters: {
			httpMethod: 'POST',
			path: `bench-${id}`,
			responseMode: 'lastNode',
			responseData: 'firstEntryJson',
			options: {},
		},
	};
	const counter = {
		name: 'Count',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		executeOnce: true,
		parameters: {
			mode: 'manual',
			assignments: {
				assignments: [{ id: randomUUID(), name: 'records', value: COUNT[count], type: 'number' }],
			},
			includeOtherFields: false,
			options: {},
		},
	};
	const named = steps.map((step, index) =>
		index === steps.length - 1 ? { ...step, name: 'Work' } : { name: `Step ${index + 1}`, ...step },
	);
	const nodes = [webhook, ...named, ...(count ? [counter] : [])].map((node, index) => ({
		id: randomUUID(),
		position: [index * 220, 0],
		...node,
	}));
	const connections = {};
	nodes.slice(0, -1).forEach(
		(node, index) =>
			(connections[node.name] = {
				main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
			}),
	);
	return {
		id,
		name: id,
		active: false,
		nodes,
		connections,
		settings: {
			executionOrder: 'v1',
			...(saveSuccess ? {} : { saveDataSuccessExecution: 'none' }),
		},
		pinData: {},
		path: `bench-${id}`,
	};
}

export const noOpSteps = () => [{ type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} }];

/** Input items `{ index, name }`, made inside n8n without any request: Edit Fields, then Split Out. */
export const seedItems = (count) => [
	{
		name: 'Items',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			mode: 'raw',
			jsonOutput: `={{ { items: Array.from({ length: ${count} }, (_, index) => ({ index, name: 'Item ' + index })) } }}`,
			options: {},
		},
	},
	{
		name: 'Split Out',
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		parameters: { fieldToSplitOut: 'items', options: {} },
	},
];

/** Our node of a job, after its input items when it has any. */
export const oursSteps = ({ type, parameters, items }) => [
	...(items ? seedItems(items) : []),
	{
		type: `n8n-nodes-plannr-planday.${type}`,
		typeVersion: 1,
		parameters,
		credentials: ref(type === 'planday' ? 'planday' : 'plannrToken'),
	},
];

/** What the HTTP Request contender needs to know about the sandboxes: URLs, the Planday app and the Plannr token and account. */
export function httpParts({ planday, plannr, plannrAccount }) {
	const token = {
		name: 'Token',
		...httpNode({
			method: 'POST',
			url: planday.tokenUrl,
			sendBody: true,
			contentType: 'form-urlencoded',
			bodyParameters: keyValues({
				client_id: planday.clientId,
				grant_type: 'refresh_token',
				refresh_token: planday.refreshToken,
			}),
			options: {},
		}),
	};
	const plandayHeaders = {
		sendHeaders: true,
		headerParameters: keyValues({
			Authorization: "=Bearer {{ $('Token').first().json.access_token }}",
			'X-ClientId': planday.clientId,
		}),
	};
	const plannrHeaders = {
		sendHeaders: true,
		headerParameters: keyValues({
			Authorization: `Bearer ${plannr.accessToken}`,
			Accept: 'application/json',
			'X-PLANNR-ACCOUNT-UUID': plannrAccount,
		}),
	};

	/** Planday offset paging: one request per page of `pageSize`, until paging.total is reached. */
	const plandayRead = (path, query, pageSize, { paginate = true } = {}) => [
		token,
		httpNode({
			url: `${planday.baseUrl}${path}`,
			sendQuery: true,
			queryParameters: keyValues({ ...query, limit: pageSize }),
			...plandayHeaders,
			options: paginate
				? {
						pagination: {
							pagination: {
								paginationMode: 'updateAParameterInEachRequest',
								parameters: {
									parameters: [
										{ type: 'qs', name: 'offset', value: `={{ $pageCount * ${pageSize} }}` },
									],
								},
								paginationCompleteWhen: 'other',
								completeExpression:
									'={{ $response.body.paging.offset + $response.body.data.length >= $response.body.paging.total }}',
							},
						},
					}
				: {},
		}),
	];

	const plannrRead = (path, pageSize) => [
		httpNode({
			url: `${plannr.baseUrl}${path}`,
			sendQuery: true,
			queryParameters: keyValues({ per_page: pageSize }),
			...plannrHeaders,
			options: {
				pagination: {
					pagination: {
						paginationMode: 'responseContainsNextURL',
						nextURL: '={{ $response.body.links.next }}',
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.links.next }}',
					},
				},
			},
		}),
	];

	/** Batching: `perSecond` requests, then a one-second pause, as a careful user keeps under a limit. */
	const batching = (perSecond) => ({
		batching: { batch: { batchSize: perSecond, batchInterval: 1000 } },
	});

	const plandayItems = ({ method, path, body, items, perSecond }) => [
		token,
		...seedItems(items),
		httpNode({
			method,
			url: path.startsWith('=')
				? `=${planday.baseUrl}${path.slice(1)}`
				: `${planday.baseUrl}${path}`,
			...plandayHeaders,
			...(body ? { sendBody: true, specifyBody: 'json', jsonBody: JSON.stringify(body) } : {}),
			options: batching(perSecond),
		}),
	];

	const plannrItems = ({ path, jsonBody, items, perSecond }) => [
		...seedItems(items),
		httpNode({
			method: 'POST',
			url: `${plannr.baseUrl}${path}`,
			...plannrHeaders,
			sendBody: true,
			specifyBody: 'json',
			jsonBody,
			options: batching(perSecond),
		}),
	];

	return { plandayRead, plannrRead, plandayItems, plannrItems };
}

/** POSTs to a workflow's webhook; resolves with the time until the answer and the records it reports. */
export async function callWebhook(baseUrl, path) {
	const started = performance.now();
	const response = await fetch(`${baseUrl}/webhook/${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: '{}',
	});
	const text = await response.text();
	const seconds = (performance.now() - started) / 1000;
	let records;
	try {
		records = JSON.parse(text).records;
	} catch {
		// Not the Count node's answer: the workflow failed.
	}
	return {
		seconds,
		records: response.ok ? (records ?? 0) : 0,
		error: response.ok ? undefined : `HTTP ${response.status}: ${text.slice(0, 300)}`,
	};
}

/** n8n registers production webhooks just after the activation call returns; a GET says "POST" once it has. */
export async function waitForWebhook(baseUrl, path, ms = 30_000) {
	const deadline = Date.now() + ms;
	while (!/POST/.test(await (await fetch(`${baseUrl}/webhook/${path}`)).text())) {
		if (Date.now() > deadline)
			throw new Error(`the webhook ${path} was not registered within ${ms} ms`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}
