/** How a `use…` fixture gives each test its sandbox. */
export interface FixtureLifetime {
	/**
	 * A new sandbox (seeded afresh) and engine for every test, for tests that change what others
	 * read; by default one sandbox serves the whole block and only its log and faults are cleared.
	 */
	freshForEachTest?: boolean;
}

interface SandboxFixture {
	sandbox: { server: { clearLog(): void; clearFaults(): void } };
	stop(): Promise<void>;
}

/**
 * One sandbox fixture for a `describe` block: started before its tests (or before each, with
 * `freshForEachTest`), stopped after them, with the request log and injected faults cleared before
 * each test. Returns the fixture as a live view, usable in the tests and in hooks registered after it.
 */
export function useFixture<Fixture extends SandboxFixture>(
	start: () => Promise<Fixture>,
	{ freshForEachTest = false }: FixtureLifetime,
): Fixture {
	let current: Fixture | undefined;
	const begin = async () => {
		current = await start();
	};
	const end = async () => {
		await current?.stop();
		current = undefined;
	};
	if (freshForEachTest) {
		beforeEach(begin);
		afterEach(end);
	} else {
		beforeAll(begin);
		afterAll(end);
		beforeEach(() => {
			current!.sandbox.server.clearLog();
			current!.sandbox.server.clearFaults();
		});
	}
	return new Proxy({} as Fixture, {
		get: (_target, key) => Reflect.get(current!, key) as unknown,
	});
}
