import { addDays } from '../../clock';
import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import {
	creationStamps,
	noContent,
	notFound,
	paged,
	problem,
	queryArray,
	queryValue,
	requireFields,
	single,
	unknownQuery,
	unmappedProperties,
	validationProblem,
} from '../support';

/** Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4): `AbsenceRequestResult.status`. */
const REQUEST_STATUSES = ['Submitted', 'Declined', 'Approved', 'Cancelled'];

/** Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4): the `absenceType` enum. */
export const ABSENCE_TYPES = ['Vacation', 'Absence', 'Flextime', 'Accrued'];
/** The properties of `AbsenceRequestInputModel` (same source). */
const ABSENCE_REQUEST_INPUT = ['note', 'absenceType', 'absencePeriod', 'registrations'];
/** A date as the sandbox takes it in a query: `yyyy-mm-dd`. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Absence requests: list, submit, approve, deny, cancel; the employee is the owner of the accounts booked. */
export function registerAbsenceRequestRoutes(
	router: Router,
	state: PlandayState,
	accounts: Record<string, any>[],
	accountTypes: Record<string, any>[],
	byEmployee: (
		request: SandboxRequest,
		list: Record<string, any>[],
		statuses: string[],
	) => Record<string, any>[],
) {
	const requests = state.data.absenceRequests;
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET
	// /absence/v1.0/absencerequests: Limit, Offset, employeeId, status (an array of Submitted,
	// Declined, Approved, Cancelled), startDate, endDate; a PagedOpenApiResponse.
	router.get('/absence/v1.0/absencerequests', (request) => {
		const unknown = unknownQuery(request, [
			'limit',
			'offset',
			'employeeId',
			'status',
			'startDate',
			'endDate',
		]);
		if (unknown) return unknown;
		const statuses = queryArray(request, 'status', REQUEST_STATUSES);
		if (!Array.isArray(statuses)) return statuses;
		return paged(request, byEmployee(request, requests, statuses));
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET
	// /absence/v1.0/absencerequests/draft: query startDate, endDate (both inclusive), accountId,
	// absenceType ("If not specified then accountId is used"), employeeId; 400 "Input parameters are
	// invalid", 404 "Account with given id doesn't exist"; answers OpenApiResponse of
	// AbsenceRequestDraftResult { absenceRequest{note, absenceType, absencePeriod, registrations[{date,
	// account{id, costs}}]}, accounts[{id, name, validityPeriod, balance}] }.
	router.get('/absence/v1.0/absencerequests/draft', (request) => {
		const unknown = unknownQuery(request, [
			'startDate',
			'endDate',
			'accountId',
			'absenceType',
			'employeeId',
		]);
		if (unknown) return unknown;
		const [start, end, employeeId, absenceType, accountId] = [
			'startDate',
			'endDate',
			'employeeId',
			'absenceType',
			'accountId',
		].map((name) => queryValue(request, name));
		// GUESS: no query parameter is marked required; a draft without an employee or a period is refused.
		if (!employeeId || !start || !end || !DATE.test(start) || !DATE.test(end) || start > end)
			return problem(400, 'Bad Request', 'Input parameters are invalid');
		if (absenceType != null && !ABSENCE_TYPES.includes(absenceType))
			return validationProblem({ absenceType: [`The value '${absenceType}' is not valid.`] });
		const owned = accounts.filter((account) => String(account.employeeId) === employeeId);
		const typeOf = (account: Record<string, any>) =>
			accountTypes.find((type) => type.id === account.typeId);
		const booked = absenceType
			? owned.find((account) => typeOf(account)?.absenceType === absenceType)
			: owned.find((account) => String(account.id) === accountId);
		// GUESS: the answers when neither is given, or the employee has no account of the type.
		if (!absenceType && !accountId)
			return problem(400, 'Bad Request', 'Input parameters are invalid');
		if (!booked)
			return absenceType
				? problem(404, 'Not Found', `The employee has no ${absenceType} account`)
				: notFound('Account', accountId ?? '');
		const days: string[] = [];
		for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
		return single({
			absenceRequest: {
				note: null,
				absenceType: absenceType ?? typeOf(booked)?.absenceType ?? null,
				absencePeriod: { start, end },
				registrations: days.map((date) => ({
					date,
					account: { id: booked.id, costs: [{ value: 1, unit: { type: typeOf(booked)?.unit } }] },
				})),
			},
			accounts: owned.map(({ id, name, validityPeriod }) => ({ id, name, validityPeriod })),
		});
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), POST
	// /absence/v1.0/absencerequests: AbsenceRequestInputModel (note, absenceType, absencePeriod,
	// registrations[{date, account{id, costs}}], each `additionalProperties: false`), absencePeriod
	// the only required field; answers SubmitAbsenceRequestResult `{ id, status }` (no envelope).
	router.post('/absence/v1.0/absencerequests', (request) => {
		const body = request.body ?? {};
		const unmapped = unmappedProperties(body, ABSENCE_REQUEST_INPUT, 'AbsenceRequestInputModel');
		if (unmapped) return unmapped;
		const invalid = requireFields(body, ['absencePeriod']);
		if (invalid) return invalid;
		if (body.absenceType != null && !ABSENCE_TYPES.includes(body.absenceType))
			return validationProblem({
				'$.absenceType': [`The JSON value could not be converted to AbsenceType.`],
			});
		const registrations: Record<string, any>[] = body.registrations ?? [];
		for (const registration of registrations) {
			const extra =
				unmappedProperties(registration, ['date', 'account'], 'AbsenceRequestRegistrationInput') ??
				unmappedProperties(
					registration?.account ?? {},
					['id', 'costs'],
					'AbsenceRequestRegistrationAccountInput',
				);
			if (extra) return extra;
		}
		// The spec names no employee: the accounts booked name one. GUESS: a request without
		// registrations is kept without an employee (Planday's draft endpoint fills them in).
		const owners = new Set(
			registrations.map(
				(registration) =>
					accounts.find((account) => account.id === Number(registration?.account?.id))?.employeeId,
			),
		);
		if (owners.has(undefined) || owners.size > 1)
			return problem(
				400,
				'Bad Request',
				'Every registration must book an existing account of one employee',
			);
		const [createdAt, modifiedAt] = creationStamps(state.now(), state.timeZone);
		const created = {
			id: state.nextId(),
			note: '',
			...body,
			status: 'Submitted',
			employeeId: [...owners][0] ?? null,
			dateTimeCreated: createdAt,
			dateTimeModified: modifiedAt,
		};
		requests.push(created);
		return { status: 200, body: { id: created.id, status: created.status } };
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4): PUT
	// /absencerequests/{id}/approve (ApproveAbsenceRequestInputModel: reason, notify,
	// existingShifts{action, change{shiftTypeId}}, coverShifts{action}), /deny (reason, notify;
	// "Only absence requests that are Pending can be denied") and /cancel (no body, deprecated);
	// each 204, or 404 "Absence request with given id doesn't exist".
	const decide = (
		path: string,
		input: { model: string; known: string[] } | undefined,
		decided: string,
		done: string,
	) =>
		router.put(`/absence/v1.0/absencerequests/:id/${path}`, (request) => {
			const found = requests.find((candidate) => String(candidate.id) === request.params.id);
			if (!found) return notFound('Absence request', request.params.id);
			if (input) {
				const body = request.body ?? {};
				const unmapped =
					unmappedProperties(body, input.known, input.model) ??
					unmappedProperties(
						body.existingShifts ?? {},
						['action', 'change'],
						'ExistingShiftsInputModel',
					) ??
					unmappedProperties(body.coverShifts ?? {}, ['action'], 'CoverShiftsInputModel');
				if (unmapped) return unmapped;
				const existing = body.existingShifts?.action;
				if (existing != null && !['NoAction', 'Delete', 'ChangeShiftType'].includes(existing))
					return validationProblem({
						'$.existingShifts.action': ['The JSON value could not be converted.'],
					});
				const cover = body.coverShifts?.action;
				if (cover != null && !['DoNotCreate', 'CreateOpen'].includes(cover))
					return validationProblem({
						'$.coverShifts.action': ['The JSON value could not be converted.'],
					});
			}
			// The deny rule is the spec's; GUESS: approving or cancelling a decided request is refused alike.
			if (found.status !== 'Submitted')
				return problem(400, 'Bad Request', `Only absence requests that are Pending can be ${done}`);
			found.status = decided;
			return noContent;
		});
	decide(
		'approve',
		{
			model: 'ApproveAbsenceRequestInputModel',
			known: ['reason', 'notify', 'existingShifts', 'coverShifts'],
		},
		'Approved',
		'approved',
	);
	decide(
		'deny',
		{ model: 'DenyAbsenceRequestInput', known: ['reason', 'notify'] },
		'Declined',
		'denied',
	);
	decide('cancel', undefined, 'Cancelled', 'cancelled');
}
