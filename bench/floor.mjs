/**
 * The floor: plain `fetch` code making exactly the minimal requests, each sent at the earliest
 * moment the documented limits allow, and never a 429. Nothing legal is faster or makes fewer requests. Its
 * Planday token is exchanged once and kept, as a long-running script would.
 */

/**
 * The documented limits as the sliding windows the APIs count (Planday 20 a second and 750 a
 * minute per portal, Plannr 500 a minute per user). The small margins keep requests booked exactly
 * a window apart from landing in the same window after a few milliseconds of jitter.
 */
export const WINDOWS = {
	planday: [
		{ limit: 20, ms: 1_000 + 50 },
		{ limit: 750, ms: 60_000 + 250 },
	],
	plannr: [{ limit: 500, ms: 60_000 + 250 }],
};
/** Requests in flight at once: Planday's per-second limit (more only queue at the client). */
const CONCURRENCY = 20;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Waits for the earliest moment every window allows one more request and books it then, at the
 * moment it is actually sent: a timer that fires late on a busy machine cannot bunch requests.
 */
function pacer(windows) {
	const sent = [];
	return async () => {
		for (;;) {
			const now = Date.now();
			let slot = now;
			for (const { limit, ms } of windows)
				if (sent.length >= limit) slot = Math.max(slot, sent[sent.length - limit] + ms);
			if (slot <= now) {
				sent.push(now);
				return;
			}
			await sleep(slot - now);
		}
	};
}

export function floorContender({ planday, plannr, plannrAccount }) {
	let plandayToken;
	const headers = async (service) => {
		if (service === 'plannr')
			return {
				authorization: `Bearer ${plannr.accessToken}`,
				accept: 'application/json',
				'x-plannr-account-uuid': plannrAccount,
			};
		if (!plandayToken) {
			const response = await fetch(planday.tokenUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({
					client_id: planday.clientId,
					grant_type: 'refresh_token',
					refresh_token: planday.refreshToken,
				}),
			});
			plandayToken = (await response.json()).access_token;
		}
		return {
			authorization: `Bearer ${plandayToken}`,
			'x-clientid': planday.clientId,
			accept: 'application/json',
		};
	};
	const base = (service) => (service === 'planday' ? planday.baseUrl : plannr.baseUrl);

	return {
		/** Every page in turn at the largest page size; Planday stops at paging.total (or `limit`), Plannr when links.next is null. */
		async read(service, path, query, pageSize, limit = Infinity) {
			const auth = await headers(service);
			let records = 0;
			for (let page = 0; ; page++) {
				const size = Math.min(pageSize, limit - records);
				const paging =
					service === 'planday'
						? { limit: size, offset: page * pageSize }
						: { per_page: size, page: page + 1 };
				const response = await fetch(
					`${base(service)}${path}?${new URLSearchParams({ ...query, ...paging })}`,
					{ headers: auth },
				);
				if (!response.ok) throw new Error(`floor read: HTTP ${response.status}`);
				const body = await response.json();
				records += body.data.length;
				if (
					records >= limit ||
					(service === 'planday'
						? body.paging.offset + body.data.length >= body.paging.total
						: !body.links.next)
				)
					return records;
			}
		},

		/** A budget that several runs of `items` share, as one script's executions would. */
		pacer: (service) => pacer(WINDOWS[service]),

		/** `count` requests (path and body may depend on the index), CONCURRENCY at a time, paced to the limits. */
		async items(service, { method, path, body, count }, waitForSlot = pacer(WINDOWS[service])) {
			const auth = { ...(await headers(service)), 'content-type': 'application/json' };
			let next = 0;
			let ok = 0;
			await Promise.all(
				Array.from({ length: Math.min(CONCURRENCY, count) }, async () => {
					while (next < count) {
						const index = next++;
						await waitForSlot();
						const response = await fetch(`${base(service)}${path(index)}`, {
							method,
							headers: auth,
							body: body ? JSON.stringify(body(index)) : undefined,
						});
						await response.arrayBuffer();
						if (response.ok) ok++;
					}
				}),
			);
			return ok;
		},
	};
}
