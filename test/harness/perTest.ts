import type { PlandaySandboxOptions } from '../sandbox/planday';
import type { PlannrSandboxOptions } from '../sandbox/plannr';
import { startPlanday, type PlandayFixture } from './planday';
import { startPlannr, type PlannrFixture } from './plannr';

/** The sandboxes a test starts itself, each with its own options. */
export interface SandboxesPerTest {
	planday(options?: PlandaySandboxOptions): Promise<PlandayFixture>;
	plannr(options?: PlannrSandboxOptions): Promise<PlannrFixture>;
}

/**
 * For tests that each need their own sandbox (their own options, clock, faults or credentials):
 * a test starts what it needs, and every sandbox started through this is stopped after its test.
 */
export function sandboxesPerTest(): SandboxesPerTest {
	let running: Array<{ stop(): Promise<void> }> = [];
	afterEach(async () => {
		const started = running;
		running = [];
		await Promise.all(started.map(async (fixture) => await fixture.stop()));
	});
	const kept = async <Fixture extends { stop(): Promise<void> }>(starting: Promise<Fixture>) => {
		const fixture = await starting;
		running.push(fixture);
		return fixture;
	};
	return {
		planday: async (options) => await kept(startPlanday(options)),
		plannr: async (options) => await kept(startPlannr(options)),
	};
}
