import type { Router } from '../../http';
import type { PlannrState } from '../index';
import {
	listResponse,
	message,
	notFound,
	now,
	refuseUnknownFields,
	requireFields,
	validationError,
} from '../support';
import { PLAN_INCLUDES } from './work';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A plan's sub-accounts and new-business events. */
export function registerPlanDetailRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	/** The plan for a write: 404 when unknown or deleted, 409 while Plannr deletes it. */
	const writablePlan = (uuid: string) => {
		const plan = data.plans.find((record) => record.uuid === uuid);
		if (!plan || plan.deleted) return { refused: notFound('Plan') };
		if (plan.is_deleting) return { refused: message(409, 'Plan is being deleted.') };
		return { plan };
	};

	// apidocs `operation-postapiv1plansplan_uuidsubaccounts`: `name` required, `policy_number` and
	// `proposal_reference` optional, nothing else (no portfolio on create). The older page
	// (`operation-post-api-v1-plans-parameter-sub-accounts`) shows the sub-account as the 200 answer.
	router.post('/api/v1/plans/:uuid/sub-accounts', (request) => {
		const { plan, refused } = writablePlan(request.params.uuid);
		if (!plan) return refused;
		const invalid =
			refuseUnknownFields(request.body, ['name', 'policy_number', 'proposal_reference']) ??
			requireFields(request.body, ['name']);
		if (invalid) return invalid;
		const subAccount = {
			uuid: state.newUuid(),
			policy_number: null,
			proposal_reference: null,
			...request.body,
			is_main_account: false,
			active_portfolio: null,
			created_at: now(),
			updated_at: now(),
		};
		(data.subAccounts[plan.uuid] ??= []).push(subAccount);
		return { status: 200, body: subAccount };
	});

	// apidocs `operation-putapiv1plansplan_uuidsubaccountsuuid`: four optional fields, the portfolio
	// a UUID; the documented 200 answer is `{ message }` only.
	router.put('/api/v1/plans/:uuid/sub-accounts/:subAccountUuid', (request) => {
		const { plan, refused } = writablePlan(request.params.uuid);
		if (!plan) return refused;
		const subAccount = (data.subAccounts[plan.uuid] ?? []).find(
			(record) => record.uuid === request.params.subAccountUuid,
		);
		if (!subAccount) return notFound('SubAccount');
		const body = request.body ?? {};
		const invalid = refuseUnknownFields(body, [
			'name',
			'policy_number',
			'proposal_reference',
			'active_portfolio_uuid',
		]);
		if (invalid) return invalid;
		if (body.active_portfolio_uuid !== undefined && !UUID.test(String(body.active_portfolio_uuid)))
			return validationError({
				active_portfolio_uuid: ['The active portfolio uuid field must be a valid UUID.'],
			});
		const { active_portfolio_uuid: portfolioUuid, ...fields } = body;
		Object.assign(subAccount, fields, { updated_at: now() });
		if (portfolioUuid) subAccount.active_portfolio = { uuid: portfolioUuid };
		return message(200, 'Sub account updated.');
	});

	// apidocs `operation-getapiv1plansplan_uuidnewbusinessevents`: these filters (the two boolean
	// ones are unnamed there, so refused here), sorts and includes (the plan's, as the page lists).
	router.get('/api/v1/plans/:uuid/new-business-events', (request) => {
		const plan = data.plans.find((record) => record.uuid === request.params.uuid);
		if (!plan || plan.deleted) return notFound('Plan');
		return listResponse(request, data.newBusinessEvents[plan.uuid] ?? [], state.baseUrl(), {
			exact: {
				uuid: (event) => event.uuid,
				type: () => plan.type,
				sub_type: () => plan.sub_type,
				provider_uuid: () => plan.provider?.uuid,
				adviser_uuid: (event) => event.adviser?.uuid,
				advice_type: (event) => event.advice_type,
				conducted_by: (event) => event.conducted_by,
				status: (event) => event.status,
				source_of_funds: (event) => event.source_of_funds,
				contribution_type: (event) => event.contribution_type,
			},
			partial: { policy_number: () => plan.policy_number },
			range: {
				date_from: [(event) => event.start_date, 'min'],
				date_to: [(event) => event.start_date, 'max'],
				proposed_date_from: [(event) => event.proposal_date, 'min'],
				proposed_date_to: [(event) => event.proposal_date, 'max'],
			},
			includes: PLAN_INCLUDES,
			sorts: ['start_date', 'created_at', 'updated_at'],
			defaultSort: '-start_date',
		});
	});
}
