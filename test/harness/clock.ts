/**
 * Moves the process's Date (what the nodes and the sandboxes read as "now") to `now`, leaving every
 * timer, `performance` and `process.hrtime` real so that HTTP, retries and jest keep working. Time
 * then runs on from `now`. Undo with `jest.useRealTimers()`.
 */
export function setDate(now: string): void {
	jest.useFakeTimers({
		now: new Date(now),
		advanceTimers: true,
		doNotFake: [
			'hrtime',
			'nextTick',
			'performance',
			'queueMicrotask',
			'requestAnimationFrame',
			'cancelAnimationFrame',
			'requestIdleCallback',
			'cancelIdleCallback',
			'setImmediate',
			'clearImmediate',
			'setInterval',
			'clearInterval',
			'setTimeout',
			'clearTimeout',
		],
	});
}
