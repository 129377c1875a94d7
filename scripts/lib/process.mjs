/**
 * Child processes for the dev scripts: run a command to completion, start a long-running one,
 * and stop everything that was started (on Ctrl-C too), and find free loopback ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';

import { npmCommand } from './runtime.mjs';

const started = new Set();
/** Commands `run` is waiting for: killed by `stopAll` so that nothing outlives an interrupted run. */
const running = new Set();
/** Set on Ctrl-C / SIGTERM: from then on nothing new starts while the script winds down. */
let interrupted = false;
const refuseWhenInterrupted = (command) => {
	if (interrupted) throw new Error(`not starting ${command}: stopping`);
};

/**
 * A loopback port nobody listens on right now (the system picks it), for the processes a run
 * starts: several runs, and other people's, share this machine.
 */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** `count` distinct free ports. */
export async function freePorts(count) {
	const ports = new Set();
	while (ports.size < count) ports.add(await freePort());
	return [...ports];
}

/** `command` and `args` as spawn takes them on this platform (npm is `npm.cmd` on Windows). */
function spawnable(command, args) {
	if (command !== 'npm') return [command, args];
	const npm = npmCommand({
		platform: process.platform,
		execPath: process.execPath,
		npmExecPath: process.env.npm_execpath,
	});
	return [npm.command, [...npm.args, ...args]];
}

/**
 * Runs a command and resolves with its exit code and output. `log` receives the output as it
 * comes (default: nothing); `stdoutFile` sends stdout to a file instead of a pipe, for output too
 * large for a pipe. Rejects on a non-zero exit unless `allowFailure`.
 */
export function run(command, args, options = {}) {
	const { cwd, env, log, stdoutFile, allowFailure = false, timeoutMs } = options;
	return new Promise((resolve, reject) => {
		const stdoutStream = stdoutFile ? createWriteStream(stdoutFile) : undefined;
		const openFile = stdoutStream
			? new Promise((ready) => stdoutStream.on('open', ready))
			: Promise.resolve();
		void openFile.then(() => {
			if (interrupted) {
				stdoutStream?.close();
				reject(new Error(`not starting ${command}: stopping`));
				return;
			}
			const child = spawn(...spawnable(command, args), {
				cwd,
				env,
				stdio: ['ignore', stdoutStream ?? 'pipe', 'pipe'],
			});
			running.add(child);
			let output = '';
			const collect = (chunk) => {
				const text = chunk.toString();
				output += text;
				log?.(text);
			};
			child.stdout?.on('data', collect);
			child.stderr.on('data', collect);
			const timer = timeoutMs
				? setTimeout(() => {
						output += `\n[timed out after ${timeoutMs} ms]`;
						child.kill('SIGKILL');
					}, timeoutMs)
				: undefined;
			child.on('error', reject);
			child.on('close', (code, signal) => {
				running.delete(child);
				if (timer) clearTimeout(timer);
				stdoutStream?.close();
				// A process ended by a signal gets the shell's code (128 + signal number) and says which signal.
				if (signal) output += `\n[ended by ${signal}]`;
				const result = {
					code: code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 1),
					output,
				};
				if (result.code !== 0 && !allowFailure) {
					const error = new Error(
						`${command} ${args.join(' ')} exited with ${result.code}\n${output.slice(-4000)}`,
					);
					error.result = result;
					reject(error);
				} else {
					resolve(result);
				}
			});
		});
	});
}

/**
 * Starts a long-running process in its own process group. Its output goes to `log` line by line;
 * `waitFor(regex, ms)` resolves when a line matches. `stop()` ends the whole group.
 */
export function start(name, command, args, options = {}) {
	const { cwd, env, log } = options;
	refuseWhenInterrupted(name);
	const child = spawn(...spawnable(command, args), {
		cwd,
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	const waiters = [];
	const onText = (chunk) => {
		const text = chunk.toString();
		output += text;
		if (output.length > 2_000_000) output = output.slice(-1_000_000);
		log?.(text);
		for (const waiter of [...waiters]) {
			if (waiter.pattern.test(output)) waiter.resolve();
		}
	};
	child.stdout.on('data', onText);
	child.stderr.on('data', onText);
	const exited = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve({ code, signal })),
	);
	const handle = {
		name,
		child,
		exited,
		get output() {
			return output;
		},
		/** Resolves when the output so far matches; rejects on exit or timeout. */
		waitFor(pattern, ms) {
			if (pattern.test(output)) return Promise.resolve();
			return new Promise((resolve, reject) => {
				const waiter = { pattern };
				const timer = setTimeout(() => {
					waiters.splice(waiters.indexOf(waiter), 1);
					reject(new Error(`${name}: no ${pattern} within ${ms} ms\n${output.slice(-3000)}`));
				}, ms);
				waiter.resolve = () => {
					clearTimeout(timer);
					waiters.splice(waiters.indexOf(waiter), 1);
					resolve();
				};
				waiters.push(waiter);
				void exited.then(({ code, signal }) => {
					if (!waiters.includes(waiter)) return;
					clearTimeout(timer);
					waiters.splice(waiters.indexOf(waiter), 1);
					reject(
						new Error(
							`${name} exited (${code ?? signal}) before ${pattern}\n${output.slice(-3000)}`,
						),
					);
				});
			});
		},
		/** SIGTERM to the process group, SIGKILL after `graceMs`. */
		async stop(graceMs = 10_000) {
			started.delete(handle);
			if (child.exitCode !== null || child.signalCode !== null) return;
			signalGroup(child.pid, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
			await exited;
			clearTimeout(timer);
		},
	};
	started.add(handle);
	return handle;
}

function signalGroup(pid, signal) {
	// Windows has no process groups or signals: taskkill ends the process and its children.
	if (process.platform === 'win32') {
		spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
		return;
	}
	try {
		process.kill(-pid, signal);
	} catch {
		// The group is gone already.
	}
}

/** Stops every process `start` started, newest first, and kills the commands `run` is waiting for. */
export async function stopAll() {
	for (const child of running) child.kill('SIGKILL');
	for (const handle of [...started].reverse()) await handle.stop();
}

/** On Ctrl-C or SIGTERM: stop everything started, run `cleanup`, exit. */
export function stopAllOnSignals(cleanup = async () => {}) {
	let stopping = false;
	const onSignal = (signal) => {
		if (stopping) return;
		stopping = true;
		interrupted = true;
		console.log(`\n${signal}: stopping…`);
		void stopAll()
			.then(cleanup)
			.finally(() => {
				console.log('Stopped.');
				process.exit(signal === 'SIGINT' ? 130 : 143);
			});
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
}
