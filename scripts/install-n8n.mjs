#!/usr/bin/env node
/** `node scripts/install-n8n.mjs`: installs the pinned n8n (and a Node for it where the machine's own does not fit) into the cache folder, once. */
import { CACHE_DIR, ensureN8n } from './lib/n8n.mjs';

const { cached, seconds } = await ensureN8n();
console.log(
	cached ? `n8n is installed in ${CACHE_DIR}` : `n8n installed in ${CACHE_DIR} in ${seconds} s`,
);
