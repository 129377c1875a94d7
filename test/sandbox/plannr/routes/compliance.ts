import type { Router } from '../../http';
import type { PlannrState } from '../index';
import { notFound } from '../support';

/** Compliance checks (AML, SmartDoc, fraud) run on a client. */
export function registerComplianceRoutes(router: Router, state: PlannrState) {
	const { data } = state;

	// apidocs `operation-getapiv1accountaccount_uuidcheckuuid`: the check, unwrapped, with its
	// client and firm; a check of another account is not found.
	router.get('/api/v1/account/:uuid/check/:checkUuid', (request) => {
		const check = data.checks.find(
			(record) =>
				record.uuid === request.params.checkUuid && record.client.uuid === request.params.uuid,
		);
		if (!check) return notFound('Check');
		return { status: 200, body: { ...check, firm: data.firm, folder: null } };
	});
}
