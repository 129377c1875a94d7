#!/usr/bin/env node
/**
 * `npm run test:e2e:agent`: the package's nodes as tools of n8n's AI Agent, in a real n8n.
 *
 * One workflow: Manual Trigger → AI Agent (3.1, what n8n 2.40's editor adds) with an OpenAI Chat Model pointed at a scripted local
 * model (test/e2e/mocks/openai.mjs) and two tools, a Planday node and a Plannr node whose ids
 * come from `$fromAI`. The model calls both tools with good ids, then both with ids that do not
 * exist, then answers. The checks read what n8n sent the model (the tool schemas it generated
 * from the nodes, the tool results, the tool errors) and what the tools sent the sandboxes.
 *
 * Environment: E2E_ONLY (a regex over check names), E2E_KEEP=1 keeps the n8n user folder.
 */
import { join } from 'node:path';

import { PACKAGE_NAME, writeJson } from '../../scripts/lib/n8n.mjs';
import { assert, checkList, startStack } from '../../scripts/lib/editor.mjs';
import { stopAll, stopAllOnSignals } from '../../scripts/lib/process.mjs';
import { answer, startOpenAiMock, toolCalls } from './mocks/openai.mjs';

const PLANDAY_TOOL = 'Planday_employee';
const PLANNR_TOOL = 'Plannr_account';
const EMPLOYEE_ID = 1001;
const MISSING_EMPLOYEE_ID = 999999;
const MISSING_ACCOUNT_UUID = '00000000-0000-4000-8000-000000000000';
const FINAL_ANSWER = 'Sofie Berg works at the bistro; the Plannr account is on file.';
const OPENAI_KEY = 'sk-mock-e2e-agent-key';
const OPENAI_CREDENTIAL = { id: 'OpenAiMockE2e001', name: 'OpenAI mock', type: 'openAiApi' };
const WORKFLOW_ID = 'E2eAgentTools001';

const began = Date.now();
const suite = checkList('E2E agent');
let keep = false;

/** Manual Trigger → AI Agent (OpenAI Chat Model; a Planday and a Plannr tool). */
function agentWorkflow() {
	const credentials = {
		planday: { plandayApi: { id: 'PlandaySandbox01', name: 'Planday sandbox' } },
		plannr: { plannrApi: { id: 'PlannrTokenSbx01', name: 'Plannr sandbox (token)' } },
		openAi: { openAiApi: { id: OPENAI_CREDENTIAL.id, name: OPENAI_CREDENTIAL.name } },
	};
	const node = (name, type, typeVersion, position, parameters, nodeCredentials) => ({
		id: `${WORKFLOW_ID}-${name.replace(/\W+/g, '-')}`,
		name,
		type,
		typeVersion,
		position,
		parameters,
		...(nodeCredentials ? { credentials: nodeCredentials } : {}),
	});
	const byId = (value) => ({ __rl: true, mode: 'id', value });
	return {
		id: WORKFLOW_ID,
		name: 'E2E AI Agent with Planday and Plannr tools',
		active: false,
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
			node('AI Agent', '@n8n/n8n-nodes-langchain.agent', 3.1, [240, 0], {
				promptType: 'define',
				text: `Who is Planday employee ${EMPLOYEE_ID}, and what is on my Plannr account?`,
				options: {},
			}),
			node(
				'OpenAI Chat Model',
				'@n8n/n8n-nodes-langchain.lmChatOpenAi',
				1.2,
				[160, 220],
				{ model: { __rl: true, mode: 'id', value: 'mock-model' }, options: {} },
				credentials.openAi,
			),
			node(
				'Planday employee',
				`${PACKAGE_NAME}.plandayTool`,
				1,
				[320, 220],
				{
					resource: 'employee',
					operation: 'get',
					employeeId: byId("={{ $fromAI('employeeId', 'The Planday employee id', 'number') }}"),
				},
				credentials.planday,
			),
			node(
				'Plannr account',
				`${PACKAGE_NAME}.plannrTool`,
				1,
				[480, 220],
				{
					authentication: 'accessToken',
					resource: 'account',
					operation: 'get',
					accountId: byId("={{ $fromAI('accountId', 'The Plannr account UUID', 'string') }}"),
				},
				credentials.plannr,
			),
		],
		connections: {
			Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'OpenAI Chat Model': {
				ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]],
			},
			'Planday employee': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
			'Plannr account': { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The scripted model: good ids first, then ids that do not exist, then an answer. */
function scriptedModel(accountUuid) {
	return (body) => {
		const toolResults = body.messages.filter((message) => message.role === 'tool').length;
		if (toolResults === 0) {
			return toolCalls([
				{ name: PLANDAY_TOOL, arguments: { employeeId: EMPLOYEE_ID } },
				{ name: PLANNR_TOOL, arguments: { accountId: accountUuid } },
			]);
		}
		if (toolResults === 2) {
			return toolCalls([
				{ name: PLANDAY_TOOL, arguments: { employeeId: MISSING_EMPLOYEE_ID } },
				{ name: PLANNR_TOOL, arguments: { accountId: MISSING_ACCOUNT_UUID } },
			]);
		}
		return answer(FINAL_ANSWER);
	};
}

/**
 * The text n8n sent the model as the result of the call of tool `name` with `args` (the agent may
 * send parallel calls back as one assistant turn or as one turn per call).
 */
function toolResult(requests, name, args) {
	const messages = requests.at(-1)?.messages ?? [];
	const call = messages
		.flatMap((message) => message.tool_calls ?? [])
		.find((candidate) => {
			if (candidate.function.name !== name) return false;
			const sent = JSON.parse(candidate.function.arguments);
			return Object.entries(args).every(([key, value]) => sent[key] === value);
		});
	assert(call, `n8n did not send back a ${name} call with ${JSON.stringify(args)}`);
	const result = messages.find(
		(message) => message.role === 'tool' && message.tool_call_id === call.id,
	);
	assert(result, `no tool message for ${call.id}`);
	return typeof result.content === 'string' ? result.content : JSON.stringify(result.content);
}

async function main() {
	stopAllOnSignals();
	console.log(`End-to-end: ${PACKAGE_NAME} as AI Agent tools in a real n8n`);
	let accountUuid;
	const mock = await startOpenAiMock({
		apiKey: OPENAI_KEY,
		reply: (body) => scriptedModel(accountUuid)(body),
	});
	const stack = await startStack({
		server: false,
		workflows: [agentWorkflow()],
		credentials: [{ ...OPENAI_CREDENTIAL, data: { apiKey: OPENAI_KEY, url: mock.url } }],
	});
	const { n8n, planday, plannr } = stack;
	try {
		const me = await plannr.act('GET', '/api/v1/me');
		accountUuid = (me.data ?? me).current_account.uuid;
		const plandayInfo = await planday.info();
		const plannrInfo = await plannr.info();

		const result = await n8n.execute(WORKFLOW_ID);
		const agentOutput = result.items('AI Agent');
		const plandayLog = (await planday.requests()).requests;
		const plannrLog = (await plannr.requests()).requests;
		const { requests } = mock;

		await suite.check('The agent run succeeds and ends with the model’s answer', async () => {
			assert(
				result.code === 0 && !result.error,
				`execute failed: ${result.error}\n${result.stderr.slice(-1500)}`,
			);
			assert(
				agentOutput[0]?.output === FINAL_ANSWER,
				`agent output ${JSON.stringify(agentOutput).slice(0, 300)}`,
			);
			assert(requests.length === 3, `the model was called ${requests.length} times, expected 3`);
		});

		await suite.check(
			'n8n offers the model a tool schema generated from each node and its $fromAI parameters',
			async () => {
				const tools = Object.fromEntries(
					(requests[0]?.tools ?? []).map((tool) => [tool.function.name, tool.function]),
				);
				assert(
					Object.keys(tools).sort().join(',') === `${PLANDAY_TOOL},${PLANNR_TOOL}`,
					`tools offered: ${Object.keys(tools)}`,
				);
				const expectSchema = (name, key, type, description) => {
					const { parameters } = tools[name];
					assert(parameters.type === 'object', `${name}: schema type ${parameters.type}`);
					assert(
						Object.keys(parameters.properties).join(',') === key,
						`${name}: properties ${Object.keys(parameters.properties)}`,
					);
					assert(
						parameters.properties[key].type === type,
						`${name}.${key}: type ${parameters.properties[key].type}`,
					);
					assert(
						parameters.properties[key].description === description,
						`${name}.${key}: description ${parameters.properties[key].description}`,
					);
					assert(
						JSON.stringify(parameters.required) === JSON.stringify([key]),
						`${name}: required ${parameters.required}`,
					);
					assert(
						typeof tools[name].description === 'string' && tools[name].description.length > 10,
						`${name}: tool description "${tools[name].description}"`,
					);
				};
				expectSchema(PLANDAY_TOOL, 'employeeId', 'number', 'The Planday employee id');
				expectSchema(PLANNR_TOOL, 'accountId', 'string', 'The Plannr account UUID');
			},
		);

		await suite.check('Each tool call is an authenticated request to its sandbox', async () => {
			const employee = plandayLog.find(
				(entry) => entry.method === 'GET' && entry.path === '/hr/v1.0/employees/1001',
			);
			assert(
				employee?.status === 200,
				`Planday: ${plandayLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`).join(', ')}`,
			);
			assert(/^Bearer \S+/.test(employee.headers.authorization ?? ''), 'Planday: no bearer token');
			assert(
				employee.headers['x-clientid'] === plandayInfo.credentials.plandayApi.clientId,
				'Planday: no X-ClientId header',
			);
			const account = plannrLog.find(
				(entry) => entry.method === 'GET' && entry.path === `/api/v1/account/${accountUuid}`,
			);
			assert(
				account?.status === 200,
				`Plannr: ${plannrLog.map((entry) => `${entry.method} ${entry.path} ${entry.status}`).join(', ')}`,
			);
			assert(
				account.headers.authorization === `Bearer ${plannrInfo.credentials.plannrApi.accessToken}`,
				'Plannr: not the personal access token',
			);
		});

		await suite.check('The tool results reach the model', async () => {
			const employee = toolResult(requests, PLANDAY_TOOL, { employeeId: EMPLOYEE_ID });
			assert(
				employee.includes('sofie.berg.1001@nordicbistro.example'),
				`Planday tool result: ${employee.slice(0, 300)}`,
			);
			const account = toolResult(requests, PLANNR_TOOL, { accountId: accountUuid });
			assert(account.includes(accountUuid), `Plannr tool result: ${account.slice(0, 300)}`);
		});

		await suite.check(
			'A tool error (unknown id, 404) reaches the model as text, without secrets',
			async () => {
				assert(
					plandayLog.some(
						(entry) =>
							entry.path === `/hr/v1.0/employees/${MISSING_EMPLOYEE_ID}` && entry.status === 404,
					),
					'Planday never answered 404',
				);
				assert(
					plannrLog.some(
						(entry) =>
							entry.path === `/api/v1/account/${MISSING_ACCOUNT_UUID}` && entry.status === 404,
					),
					'Plannr never answered 404',
				);
				const secrets = [
					plandayInfo.credentials.plandayApi.refreshToken,
					plannrInfo.credentials.plannrApi.accessToken,
					...plandayLog
						.map((entry) => entry.headers.authorization?.replace(/^Bearer /, ''))
						.filter(Boolean),
				];
				for (const [name, text] of [
					[PLANDAY_TOOL, toolResult(requests, PLANDAY_TOOL, { employeeId: MISSING_EMPLOYEE_ID })],
					[PLANNR_TOOL, toolResult(requests, PLANNR_TOOL, { accountId: MISSING_ACCOUNT_UUID })],
				]) {
					assert(
						/not found|404|could not be found|does not exist/i.test(text),
						`${name} error text: ${text.slice(0, 300)}`,
					);
					const leaked = secrets.filter((secret) => text.includes(secret));
					assert(!leaked.length, `${name}'s error text holds a secret`);
				}
				const everything = JSON.stringify(requests);
				assert(
					!secrets.some((secret) => everything.includes(secret)),
					'a secret reached the model',
				);
			},
		);
		keep = suite.results.failed > 0 || Boolean(process.env.E2E_KEEP);
		if (keep) {
			writeJson(join(n8n.folder, 'model-requests.json'), requests);
			console.log(
				`n8n user folder kept: ${n8n.folder} (model-requests.json: what n8n sent the model)`,
			);
		}
	} finally {
		await stack.stop();
		await mock.close();
		if (!keep) n8n.remove();
	}
}

main()
	.catch((error) => suite.fail(error))
	.finally(async () => {
		await stopAll();
		console.log(`\nAgent end-to-end took ${Math.round((Date.now() - began) / 1000)} s.`);
		console.log(suite.summary());
		process.exit(suite.results.failed ? 1 : 0);
	});
