import type { Router } from '../../http';
import type { PlannrState } from '../index';
import { notFound, now, refuseUnknownFields, requireFields, validationError } from '../support';

const MODES = ['attach', 'detach', 'sync'];

/** Who owns a shared client. */
export function registerOwnerRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const ownersOf = new Map<string, string[]>();

	// apidocs `operation-postapiv1clientclient_uuidowners`: `mode` (attach, detach or sync) and
	// `owners` (account UUIDs), both required. GUESS: the answer (the docs show none) is the client
	// with its owners as UUIDs.
	router.post('/api/v1/client/:uuid/owners', (request) => {
		const client = data.accounts.find(
			(account) => account.uuid === request.params.uuid && account.type === 'client',
		);
		if (!client) return notFound('Client');
		const body = request.body ?? {};
		const invalid =
			refuseUnknownFields(body, ['mode', 'owners']) ?? requireFields(body, ['mode', 'owners']);
		if (invalid) return invalid;
		if (!MODES.includes(body.mode))
			return validationError({ mode: ['The selected mode is invalid.'] });
		if (!Array.isArray(body.owners))
			return validationError({ owners: ['The owners field must be an array.'] });
		const unknown = body.owners.findIndex(
			(uuid: unknown) => !data.accounts.some((account) => account.uuid === uuid),
		);
		if (unknown >= 0)
			return validationError({
				[`owners.${unknown}`]: [`The selected owners.${unknown} is invalid.`],
			});
		const current = ownersOf.get(client.uuid) ?? [];
		const owners: string[] =
			body.mode === 'sync'
				? [...body.owners]
				: body.mode === 'attach'
					? [...new Set([...current, ...body.owners])]
					: current.filter((uuid) => !body.owners.includes(uuid));
		ownersOf.set(client.uuid, owners);
		client.updated_at = now();
		return { status: 200, body: { data: { uuid: client.uuid, owners } } };
	});
}
