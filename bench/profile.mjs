/**
 * Where a read's time goes inside n8n: a V8 CPU profile of the n8n server (`--cpu-prof`), cut to
 * the time a job's calls ran, its samples' self time summed by where the code comes from (our
 * package, n8n-core, n8n-workflow, the n8n server, other packages, Node, V8 built-ins such as
 * JSON.parse, the garbage collector) and by function.
 */
import { readFileSync } from 'node:fs';

/** The package (or part of the runtime) a profile node's code belongs to. */
function origin({ functionName, url }) {
	if (functionName === '(idle)') return 'idle (waiting for answers)';
	if (functionName === '(garbage collector)') return 'garbage collector';
	if (functionName === '(program)') return 'V8 (compiler, runtime)';
	if (!url) return `built-in ${functionName || '(anonymous)'}`;
	if (url.startsWith('node:')) return 'Node.js (HTTP client, streams)';
	// The package a file belongs to is the one after the last node_modules/ of its path.
	const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
	if (!match) return 'other';
	if (match[1] === 'n8n-nodes-plannr-planday') return 'our package';
	if (match[1] === 'n8n') return 'n8n server';
	return match[1];
}

/**
 * Reads a .cpuprofile and answers, for each window `{ label, fromEndMs, toEndMs }` (milliseconds
 * before the profile's end), the CPU milliseconds by origin and the busiest functions.
 */
export function summarizeProfile(file, windows) {
	const profile = JSON.parse(readFileSync(file, 'utf8'));
	const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
	const times = [];
	let time = profile.startTime;
	for (const delta of profile.timeDeltas) times.push((time += delta));
	return windows.map(({ label, fromEndMs, toEndMs, calls }) => {
		const from = profile.endTime - fromEndMs * 1000;
		const to = profile.endTime - toEndMs * 1000;
		const byOrigin = {};
		const byFunction = {};
		for (let index = 0; index < profile.samples.length; index++) {
			if (times[index] < from || times[index] > to) continue;
			const { callFrame } = nodes.get(profile.samples[index]);
			const spent = (index + 1 < times.length ? times[index + 1] : profile.endTime) - times[index];
			const key = origin(callFrame);
			byOrigin[key] = (byOrigin[key] ?? 0) + spent / 1000;
			if (!key.startsWith('idle')) {
				const name = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(/^.*node_modules\//, '')}:${callFrame.lineNumber + 1}`;
				byFunction[name] = (byFunction[name] ?? 0) + spent / 1000;
			}
		}
		const perCall = (entries) =>
			Object.entries(entries)
				.map(([name, ms]) => ({ name, msPerCall: ms / calls }))
				.sort((a, b) => b.msPerCall - a.msPerCall);
		return {
			label,
			calls,
			byOrigin: perCall(byOrigin),
			topFunctions: perCall(byFunction).slice(0, 12),
		};
	});
}
