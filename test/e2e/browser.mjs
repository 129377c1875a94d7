#!/usr/bin/env node
/**
 * `npm run test:e2e:browser`: the package in n8n's editor, in Debian's chromium driven by
 * playwright-core, against the demo's stack (sandboxes, credentials, example workflows).
 *
 * Signs in as the owner, opens each credential and waits for its test to pass, opens a Planday
 * and a Plannr node and loads a "From list" picker from the sandbox, runs an example from the
 * editor and reads its output items, finds the nodes in the nodes panel and among the AI Agent's
 * tools. Selectors are n8n's data-test-id attributes, node types and parameter names, not labels.
 *
 * Screenshots go to E2E_OUTPUT_DIR (default .cache/test-output/browser); E2E_UPDATE_DOCS_IMAGES=1
 * also copies the two node screenshots the README shows to docs/images/.
 * Environment: E2E_ONLY (a regex over check names), E2E_KEEP=1 keeps the n8n user folder,
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import {
	CREDENTIALS,
	DEMO_WEBHOOK_DELIVERY,
	chainWorkflow,
	exampleWorkflows,
	plandayNode,
	plannrNode,
} from '../../scripts/lib/fixtures.mjs';
import { PACKAGE_NAME, ROOT } from '../../scripts/lib/n8n.mjs';
import {
	assert,
	checkList,
	launchBrowser,
	outputFolder,
	signIn,
	startStack,
} from '../../scripts/lib/editor.mjs';
import { stopAll, stopAllOnSignals } from '../../scripts/lib/process.mjs';

const OUTPUT = outputFolder(
	process.env.E2E_OUTPUT_DIR ?? join(ROOT, '.cache', 'test-output', 'browser'),
);
const DOCS_IMAGES = join(ROOT, 'docs', 'images');
const UI_TIMEOUT = 60_000;

const fromList = { __rl: true, mode: 'list', value: '' };
const PICKERS = {
	planday: chainWorkflow('E2eUiPlandayEmp1', 'Planday: get an employee', [
		plandayNode('Planday: get employee', {
			resource: 'employee',
			operation: 'get',
			employeeId: fromList,
		}),
	]),
	plannr: chainWorkflow('E2eUiPlannrAcct1', 'Plannr: get an account', [
		plannrNode('Plannr: get account', 'plannrOAuth2', {
			resource: 'account',
			operation: 'get',
			accountId: fromList,
		}),
	]),
};
const AGENT_WORKFLOW = {
	id: 'E2eUiAgentTools1',
	name: 'AI Agent',
	active: false,
	nodes: [
		{
			id: 'E2eUiAgentTools1-0',
			name: 'AI Agent',
			type: '@n8n/n8n-nodes-langchain.agent',
			typeVersion: 2.2,
			position: [0, 0],
			parameters: { promptType: 'define', text: 'Which employees work today?', options: {} },
		},
	],
	connections: {},
	settings: { executionOrder: 'v1' },
	pinData: {},
};
const RUN_EXAMPLE = 'ExPlandayStaff01';
const CLIENTS_EXAMPLE = { id: 'ExPlannrClients1', node: 'Plannr: ten clients' };
const WEBHOOK_EXAMPLE = 'ExWebhookLookup1';

const began = Date.now();
const suite = checkList('E2E browser');
let browser;

async function main() {
	stopAllOnSignals(() => browser?.close());
	console.log(
		`End-to-end: ${PACKAGE_NAME} in n8n's editor (chromium, playwright-core); screenshots in ${OUTPUT}`,
	);
	let examples;
	const stack = await startStack({
		workflows: () => {
			examples = exampleWorkflows().filter((example) => !example.missing.length);
			return [
				...examples.map((example) => example.workflow),
				PICKERS.planday,
				PICKERS.plannr,
				AGENT_WORKFLOW,
			];
		},
	});
	const { n8n, planday, plannr } = stack;
	try {
		browser = await launchBrowser();
		const page = await browser.context.newPage();
		page.setDefaultTimeout(UI_TIMEOUT);
		const shot = async (name) => {
			const path = join(OUTPUT, `${name}.png`);
			await page.screenshot({ path });
			return path;
		};
		/** Runs a check; on failure keeps a screenshot of the page as it was. */
		const check = (name, fn) =>
			suite.check(name, async () => {
				try {
					await fn();
				} catch (error) {
					const file = await shot(`failed-${name.replace(/\W+/g, '-').slice(0, 60)}`).catch(
						() => 'none',
					);
					error.message += `\n    screenshot: ${file}`;
					throw error;
				}
			});
		const node = (type) =>
			page
				.locator(`[data-test-id="canvas-node"][data-node-type="${PACKAGE_NAME}.${type}"]`)
				.first();
		const openWorkflow = async (id) => {
			await page.goto(`${n8n.url}/workflow/${id}`);
			await page.getByTestId('canvas-node').first().waitFor();
		};
		/** Closes the "executed successfully" toasts so they stay out of the screenshots. */
		const dismissToasts = async () => {
			const toasts = page.locator('.el-notification');
			await toasts
				.first()
				.waitFor({ timeout: 5000 })
				.catch(() => {});
			for (const close of await page.locator('.el-notification__closeBtn').all())
				await close.click().catch(() => {});
			await toasts
				.first()
				.waitFor({ state: 'hidden', timeout: 5000 })
				.catch(() => {});
		};

		await check('Signs in as the owner', async () => {
			await signIn(page, n8n.url);
			await page
				.getByTestId('resources-list')
				.or(page.getByTestId('add-resource'))
				.first()
				.waitFor();
			await shot('signed-in');
		});

		await check('Each credential opens and its connection test passes', async () => {
			const tests = [
				{ ...CREDENTIALS.planday, sandbox: planday, request: 'GET /portal/v1.0/info 200' },
				{ ...CREDENTIALS.plannrToken, sandbox: plannr, request: 'GET /api/v1/me 200' },
			];
			for (const credential of tests) {
				await credential.sandbox.clearRequests();
				await page.goto(`${n8n.url}/home/credentials/${credential.id}`);
				const dialog = page.getByTestId('credential-edit-dialog');
				await dialog.getByTestId('credentials-config-container-test-success').waitFor();
				const log = (await credential.sandbox.requests()).requests.map(
					(entry) => `${entry.method} ${entry.path} ${entry.status}`,
				);
				assert(
					log.includes(credential.request),
					`${credential.name}: the sandbox saw ${log.join(', ') || 'nothing'}`,
				);
				await shot(`credential-${credential.type}`);
				await page.keyboard.press('Escape');
			}
			// n8n tests OAuth2 credentials by their connection: the dialog says the account is connected.
			await page.goto(`${n8n.url}/home/credentials/${CREDENTIALS.plannrOAuth2.id}`);
			await page
				.getByTestId('credential-edit-dialog')
				.getByTestId('oauth-connect-success-banner')
				.waitFor();
			await shot(`credential-${CREDENTIALS.plannrOAuth2.type}`);
			await page.keyboard.press('Escape');
		});

		const pickFromList = async ({ workflow, type, parameter, sandbox, searchPath, screenshot }) => {
			await openWorkflow(workflow.id);
			await node(type).dblclick();
			const ndv = page.getByTestId('ndv');
			await ndv.waitFor();
			await sandbox.clearRequests();
			const locator = ndv.getByTestId(`resource-locator-${parameter}`);
			await locator.getByTestId('rlc-input').click();
			const items = page.getByTestId('rlc-item');
			await items.first().waitFor();
			const first = (await items.first().innerText()).trim();
			const searches = (await sandbox.requests({ path: searchPath })).requests;
			assert(
				searches.length > 0 && searches.every((entry) => entry.status === 200),
				`the picker's search: ${JSON.stringify(searches.map((entry) => `${entry.path} ${entry.status}`))}`,
			);
			assert(
				/^Bearer \S+/.test(searches[0].headers.authorization ?? ''),
				'the search request carried no bearer token',
			);
			await items.first().click();
			await ndv.getByTestId('node-execute-button').click();
			await ndv.getByTestId('node-run-status-success').waitFor();
			const count = (await ndv.getByTestId('ndv-items-count').innerText()).trim();
			assert(/^1 item\b/.test(count), `output panel says "${count}"`);
			await dismissToasts();
			const file = await shot(screenshot);
			await page.keyboard.press('Escape');
			return { first, file };
		};

		await check(
			'A Planday node loads the Employee "From list" picker from the sandbox and runs',
			async () => {
				const { first, file } = await pickFromList({
					workflow: PICKERS.planday,
					type: 'planday',
					parameter: 'employeeId',
					sandbox: planday,
					searchPath: '^/hr/v1.0/employees$',
					screenshot: 'planday-node',
				});
				assert(first === 'Sofie Berg', `first employee in the list: "${first}"`);
				if (process.env.E2E_UPDATE_DOCS_IMAGES) copyToDocs(file, 'planday-node.png');
			},
		);

		await check(
			'A Plannr node loads the Account "From list" picker from the sandbox and runs',
			async () => {
				const { first, file } = await pickFromList({
					workflow: PICKERS.plannr,
					type: 'plannr',
					parameter: 'accountId',
					sandbox: plannr,
					searchPath: '^/api/v1/account$',
					screenshot: 'plannr-node',
				});
				assert(first.length > 0, 'the first account has no name');
				if (process.env.E2E_UPDATE_DOCS_IMAGES) copyToDocs(file, 'plannr-node.png');
			},
		);

		await check(`An example workflow runs from the editor and shows its output items`, async () => {
			const example = examples.find((candidate) => candidate.workflow.id === RUN_EXAMPLE);
			assert(example, `example ${RUN_EXAMPLE} is not runnable in this build`);
			const { paging } = await planday.act('GET', '/hr/v1.0/employees', undefined, { limit: '1' });
			await openWorkflow(RUN_EXAMPLE);
			await page.getByTestId('execute-workflow-button').click();
			const last = page.locator(
				`[data-test-id="canvas-node"][data-node-name="${example.workflow.nodes.at(-1).name}"]`,
			);
			await last
				.locator('[data-test-id="canvas-node-status-success"]')
				.waitFor({ timeout: 120_000 });
			await dismissToasts();
			await shot('example-run');
			await last.dblclick();
			const count = (
				await page.getByTestId('ndv').getByTestId('ndv-items-count').innerText()
			).trim();
			assert(
				count.startsWith(`${paging.total} items`),
				`output panel says "${count}", the portal has ${paging.total} employees`,
			);
			await shot('example-run-output');
			await page.keyboard.press('Escape');
		});

		await check('Example 5 shows its Types filter in the editor', async () => {
			await openWorkflow(CLIENTS_EXAMPLE.id);
			await page
				.locator(`[data-test-id="canvas-node"][data-node-name="${CLIENTS_EXAMPLE.node}"]`)
				.dblclick();
			const types = page.getByTestId('ndv').getByTestId('parameter-input-type');
			await types.waitFor();
			const shown = (await types.innerText()).trim();
			assert(/client/i.test(shown), `the Types filter shows "${shown}"`);
			await shot('example-5-types-filter');
			await page.keyboard.press('Escape');
		});

		await check(
			"The demo's webhook delivery makes example 3 find the one Planday employee with that e-mail",
			async () => {
				const email = DEMO_WEBHOOK_DELIVERY.payload.primary_email;
				const { paging } = await planday.act('GET', '/hr/v1.0/employees', undefined, {
					searchQuery: email,
				});
				assert(paging.total === 1, `the sandbox has ${paging.total} employees matching ${email}`);
				await stack.rest.activate(WEBHOOK_EXAMPLE);
				await eventually(
					async () =>
						(await plannr.webhooks()).data.some((subscription) =>
							subscription.events.includes(DEMO_WEBHOOK_DELIVERY.event),
						),
					'the subscription',
				);
				await planday.clearRequests();
				const delivered = await plannr.deliver(DEMO_WEBHOOK_DELIVERY);
				assert(
					delivered.length === 1 && delivered[0].status === 200,
					`delivery: ${JSON.stringify(delivered)}`,
				);
				const [execution] = await eventually(async () => {
					const list = await stack.rest.executions(WEBHOOK_EXAMPLE);
					return list.length && !['running', 'new'].includes(list[0].status) ? list : undefined;
				}, 'the webhook execution');
				assert(execution.status === 'success', `the execution ended ${execution.status}`);
				const searches = (await planday.requests({ path: '^/hr/v1.0/employees$' })).requests;
				assert(
					searches.length === 1 && Object.values(searches[0].query).includes(email),
					`Planday searches: ${JSON.stringify(searches.map((entry) => entry.query))}`,
				);
				await stack.rest.deactivate(WEBHOOK_EXAMPLE);
			},
		);

		const searchPanel = async (text) => {
			await page
				.locator(
					'input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input',
				)
				.first()
				.fill(text);
			return page.locator(
				`[data-test-id="item-iterator-item"][data-keyboard-nav-id^="${PACKAGE_NAME}."]`,
			);
		};
		/**
		 * Escape closes the nodes panel, but a press that lands while the panel swaps its view is lost:
		 * press until the panel is gone, at most three times.
		 */
		const closeNodesPanel = async () => {
			const panel = page.getByTestId('node-creator');
			for (let press = 1; press <= 3; press++) {
				await page.keyboard.press('Escape');
				const closed = await panel.waitFor({ state: 'hidden', timeout: 5_000 }).then(
					() => true,
					() => false,
				);
				if (closed) return;
			}
			throw new Error('the nodes panel stayed open after Escape was pressed three times');
		};
		const navIds = async (items) =>
			(
				await items.evaluateAll((elements) =>
					elements.map((element) => element.getAttribute('data-keyboard-nav-id')),
				)
			).map((id) => id.replace(/-[0-9a-f-]{36}$/, ''));

		// n8n shows a node and its trigger as one entry with the trigger's description; ours carry the node's.
		await check(
			'The nodes panel finds the Planday and Plannr nodes, described as the action nodes',
			async () => {
				await openWorkflow(PICKERS.planday.id);
				await page.getByTestId('node-creator-plus-button').click();
				for (const [text, type, description] of [
					[
						'Planday',
						'planday',
						'Read and change Planday employees, departments, shifts, punch clock entries, absence, pay rates, salaries, payroll and revenue',
					],
					['Plannr', 'plannr', 'Manage clients, tasks, cases, plans and documents in Plannr CRM'],
				]) {
					const items = await searchPanel(text);
					await items.first().waitFor();
					const found = await navIds(items);
					assert(
						found.includes(`${PACKAGE_NAME}.${type}`),
						`"${text}" found ${found.join(', ') || 'nothing of the package'}`,
					);
					const entry = items
						.and(page.locator(`[data-keyboard-nav-id^="${PACKAGE_NAME}.${type}-"]`))
						.first();
					const shown = await entry.getByTestId('node-creator-item-description').textContent();
					assert(shown === description, `the "${text}" entry says "${shown}"`);
					await entry.click();
					// The node's page lists its actions under "Actions (N)"; sections of them may be collapsed.
					await page
						.getByText(/Actions \(\d+\)/)
						.first()
						.waitFor();
					await page.getByText(description, { exact: true }).first().waitFor();
					await shot(`nodes-panel-${type}`);
					await closeNodesPanel();
					await page.getByTestId('node-creator-plus-button').click();
				}
				await closeNodesPanel();
			},
		);

		await check('The AI Agent offers the Planday and Plannr tools', async () => {
			await openWorkflow(AGENT_WORKFLOW.id);
			await page
				.locator(
					'[data-test-id="canvas-node-input-handle"][data-connection-type="ai_tool"] [data-test-id="canvas-handle-plus"]',
				)
				.first()
				.click();
			const items = await searchPanel('Plan');
			await items.nth(1).waitFor();
			const found = await navIds(items);
			const expected = [`${PACKAGE_NAME}.plandayTool`, `${PACKAGE_NAME}.plannrTool`];
			assert(
				expected.every((type) => found.includes(type)),
				`the tools panel lists ${found.join(', ')}`,
			);
			await shot('agent-tools');
			await closeNodesPanel();
		});
	} finally {
		await browser?.close();
		await stack.stop();
		if (suite.results.failed || process.env.E2E_KEEP)
			console.log(`n8n user folder kept: ${n8n.folder} (server log ${stack.serverLog})`);
		else n8n.remove();
	}
}

/** Polls `probe` once a second until it returns something truthy. */
async function eventually(probe, what, ms = 30_000) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		const value = await probe();
		if (value) return value;
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

function copyToDocs(file, name) {
	mkdirSync(DOCS_IMAGES, { recursive: true });
	copyFileSync(file, join(DOCS_IMAGES, name));
	console.log(`    ${name} → docs/images/`);
}

main()
	.catch((error) => suite.fail(error))
	.finally(async () => {
		await browser?.close();
		await stopAll();
		console.log(`\nBrowser end-to-end took ${Math.round((Date.now() - began) / 1000)} s.`);
		console.log(suite.summary());
		process.exit(suite.results.failed ? 1 : 0);
	});
