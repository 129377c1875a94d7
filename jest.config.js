/** Jest runs the TypeScript sources directly; `npm test` type-checks them first (tsconfig.test.json). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	reporters: ['default', '<rootDir>/test/harness/summaryReporter.js'],
	setupFiles: ['<rootDir>/test/harness/setupEnv.ts'],
	testTimeout: 60_000,
	maxWorkers: 2,
};
