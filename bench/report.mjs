/**
 * The bench's table and its targets: every figure printed against its target, a miss reported as
 * a miss. `report()` answers with the text for the terminal, the same table in Markdown (for
 * docs/performance.md) and the list of targets with their figures.
 */
const CONTENDER_NAMES = { floor: 'floor (script)', ours: 'ours (n8n)', http: 'HTTP Request (n8n)' };
/** Memory per record counts as flat when the big read's is at most this much above the small one's. */
export const FLAT_MEMORY_FACTOR = 1.25;

const fixed = (value, digits = 3) =>
	value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const percent = (value) => (value === undefined ? '—' : `${Math.round(value * 100)} %`);

/**
 * Records a second, and that as a share of the per-second limit; for the multi-execution job,
 * which the minute limit binds, as a share of the fastest time the limits allow.
 */
function rate(job, result) {
	if (result.perSecond === undefined) return '—';
	if (job.kind === 'executions')
		return `${result.perSecond.toFixed(1)}/s (${percent(result.shareOfFastest)} of the fastest allowed)`;
	return `${result.perSecond.toFixed(1)}/s (${percent(result.shareOfLimit)})`;
}

export function report({ results, machine, oursTokenExchanges, settings }) {
	const targets = [];
	const target = (name, figure, goal, met) =>
		targets.push({ name, figure, target: goal, met: Boolean(met) });
	const fixedCost = results.fixedCost.seconds;

	const rows = [];
	for (const job of results.jobs) {
		for (const contender of ['floor', 'ours', 'http']) {
			const result = job[contender];
			if (!result) continue;
			if (result.skipped) {
				rows.push([
					job.title,
					CONTENDER_NAMES[contender],
					`failed: ${result.skipped}`,
					'',
					'',
					'',
					'',
					'',
					'',
					'',
				]);
				continue;
			}
			const own =
				job.kind === 'read' && contender !== 'floor' ? result.seconds - fixedCost : undefined;
			const base = job.floor && !job.floor.skipped ? job.floor.seconds : undefined;
			const versusFloor =
				job.kind === 'read' ? (contender === 'floor' ? 1 : own / base) : result.seconds / base;
			rows.push([
				job.title,
				CONTENDER_NAMES[contender],
				`${fixed(result.seconds)} (${fixed(result.min)}–${fixed(result.max)})`,
				own === undefined ? '—' : fixed(own),
				base ? fixed(versusFloor, 2) : '—',
				String(result.requests),
				String(result.throttled),
				String(result.tokenExchanges),
				rate(job, result),
				String(result.failed),
			]);
		}

		const { floor, ours, http } = job;
		if (!ours || ours.skipped || !floor || floor.skipped) continue;
		if (job.kind === 'read') {
			const own = ours.seconds - fixedCost;
			target(
				`${job.title}: our node's own time ÷ floor`,
				`${fixed(own)} s ÷ ${fixed(floor.seconds)} s = ${fixed(own / floor.seconds, 2)}×`,
				'≤ 1.15×',
				own / floor.seconds <= 1.15,
			);
			if (http && !http.skipped) {
				const httpOwn = http.seconds - fixedCost;
				target(
					`${job.title}: our node's own time below the HTTP Request node's`,
					`${fixed(own)} s vs ${fixed(httpOwn)} s`,
					'< HTTP Request',
					own < httpOwn,
				);
			}
			target(
				`${job.title}: records`,
				`${ours.records} of ${job.records}, ${ours.failed} missing`,
				'all',
				ours.failed === 0,
			);
		} else if (job.kind === 'write') {
			const limit = job.service === 'planday' ? '20 a second' : '500 a minute';
			target(
				`${job.title}: share of ${job.service === 'planday' ? 'Planday' : 'Plannr'}'s ${limit}`,
				`${ours.perSecond.toFixed(2)}/s = ${percent(ours.shareOfLimit)}`,
				'≥ 95 %',
				ours.shareOfLimit >= 0.95,
			);
			target(
				`${job.title}: 429 answers`,
				String(ours.throttled),
				job.service === 'planday' ? '0' : '0',
				ours.throttled === 0,
			);
			target(
				`${job.title}: records created`,
				`${ours.records} of ${job.records}`,
				'all',
				ours.failed === 0,
			);
		} else {
			target(
				`${job.title}: items, 429s`,
				`${ours.records} of ${job.records * job.executions}, ${ours.throttled} × 429`,
				'all, 0 × 429',
				ours.failed === 0 && ours.throttled === 0,
			);
		}
	}

	const memory = (results.memory ?? []).filter((entry) => !entry.error);
	if (memory.length >= 2) {
		const [small, big] = [memory[0], memory.at(-1)];
		const line = memory
			.map(
				(entry) =>
					`${entry.heldBytesPerRecord.toFixed(0)} B at ${entry.records.toLocaleString('en-GB')}`,
			)
			.join(', ');
		target(
			'Memory per record, our node in the engine',
			line,
			`flat: held per record ≤ ${FLAT_MEMORY_FACTOR}× from the smaller read to the bigger`,
			big.heldBytesPerRecord <= small.heldBytesPerRecord * FLAT_MEMORY_FACTOR,
		);
	} else if (results.memory) {
		target(
			'Memory per record, our node in the engine',
			`not measured: ${results.memory.find((entry) => entry.error)?.error?.split('\n')[0] ?? 'no figures'}`,
			'measured',
			false,
		);
	}
	target(
		'Planday token exchanges by our node, whole run in one n8n',
		String(oursTokenExchanges),
		'1',
		oursTokenExchanges === 1,
	);

	if (results.queue) {
		const queue = results.queue;
		if (queue.skipped) {
			target('Queue mode', `not run: ${queue.skipped}`, 'run', false);
		} else {
			const [many, one] = [
				queue.runs.find((entry) => entry.workers > 1),
				queue.runs.find((entry) => entry.workers === 1),
			];
			for (const entry of queue.runs) {
				rows.push([
					`Queue mode: ${entry.executions} executions × ${entry.recordsPerExecution} Planday shifts`,
					`ours, ${entry.workers} worker${entry.workers > 1 ? 's' : ''}`,
					fixed(entry.seconds),
					'—',
					'—',
					String(entry.requests),
					String(entry.throttled),
					String(entry.tokenExchanges),
					`${entry.perSecond.toFixed(1)}/s (${percent(entry.shareOfLimit)})`,
					String(entry.failed),
				]);
			}
			if (many) {
				target(
					`Queue mode, ${many.workers} workers: share of Planday's 20 a second`,
					`${many.perSecond.toFixed(2)}/s = ${percent(many.shareOfLimit)}`,
					'≥ 85 %',
					many.shareOfLimit >= 0.85,
				);
				target(
					`Queue mode, ${many.workers} workers: requests answered 429`,
					`${many.throttled} of ${many.requests} = ${percent(many.throttled / Math.max(1, many.requests))}`,
					'≤ 2 %',
					many.throttled <= many.requests * 0.02,
				);
				target(
					`Queue mode, ${many.workers} workers: failures`,
					String(many.failed),
					'0',
					many.failed === 0,
				);
			}
			if (many && one)
				target(
					'Queue mode: more workers never slower than one',
					`${fixed(many.seconds)} s with ${many.workers} vs ${fixed(one.seconds)} s with 1`,
					`${many.workers} workers ≤ 1 worker, both without failures`,
					many.failed === 0 && one.failed === 0 && many.seconds <= one.seconds,
				);
			target(
				'Planday token exchanges in queue mode, all workers and runs',
				String(queue.tokenExchanges),
				'1',
				queue.tokenExchanges === 1,
			);
		}
	}

	const header = [
		'Job',
		'Contender',
		'Median s (min–max)',
		'Own time s',
		'× floor',
		'Requests',
		'429s',
		'Token exchanges',
		'Rate (share of limit)',
		'Failed',
	];
	const markdown = [
		`| ${header.join(' | ')} |`,
		`|${header.map(() => '---').join('|')}|`,
		`| n8n per execution (Webhook → No Operation) | n8n | ${fixed(fixedCost)} (${fixed(results.fixedCost.min)}–${fixed(results.fixedCost.max)}) | — | — | 0 | 0 | 0 | — | 0 |`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	];
	const targetLines = targets.map(
		(entry) =>
			`${entry.met ? 'met ' : 'MISS'}  ${entry.name}: ${entry.figure} (target ${entry.target})`,
	);
	const machineLine = `Machine: ${machine.cpus} × ${machine.cpuModel}, load average ${machine.loadAtStart.join(', ')} at the start and ${machine.loadAtEnd.join(', ')} at the end; n8n ${settings.n8n}, latency ${settings.latencyMs} ms, ${settings.warmups} warm-up + ${settings.calls} timed calls per read${settings.quick ? ' (quick run)' : ''}.`;
	const text = [
		...markdown,
		'',
		machineLine,
		'',
		'Targets:',
		...targetLines.map((line) => `  ${line}`),
	].join('\n');
	return { text, markdown, targets, machineLine };
}
