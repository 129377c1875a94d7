import { addDays } from '../../clock';
import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import { ABSENCE_TYPES, registerAbsenceRequestRoutes } from './absenceRequests';
import { registerAccruedAccountTypeRoutes } from './accruedAccountTypes';
import {
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

/** Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4): `AbsenceRecordResult.status`. */
const RECORD_STATUSES = ['Declined', 'Approved'];
/** Absence: records, requests, accounts with balances and adjustments, account types. */
export function registerAbsenceRoutes(router: Router, state: PlandayState) {
	const employees = state.data.employees.slice(0, 20);
	// Dated from the portal's today: time off in two and four weeks, this year's accounts.
	const today = state.today();
	const year = today.slice(0, 4);
	const records = employees.slice(0, 10).map((employee, index) => ({
		id: 11000 + index,
		employeeId: employee.id,
		status: index % 3 === 0 ? 'Declined' : 'Approved',
		note: 'Vacation',
		absencePeriod: { start: addDays(today, 13), end: addDays(today, 16) },
		registrations: [{ date: addDays(today, 13), account: { id: 12000 + index } }],
	}));
	const requests = state.data.absenceRequests;
	requests.push(
		...employees.slice(0, 5).map((employee, index) => ({
			id: 13000 + index,
			employeeId: employee.id,
			status: 'Submitted',
			note: '',
			absencePeriod: { start: addDays(today, 29), end: addDays(today, 30) },
			requestedAccounts: [],
			dateTimeCreated: addDays(today, -14),
			dateTimeModified: `${addDays(today, -14)}T08:00:00Z`,
		})),
	);
	const accounts = employees.map((employee, index) => ({
		id: 12000 + index,
		employeeId: employee.id,
		name: `Vacation ${year}`,
		typeId: 1,
		status: 'Active',
		validityPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
		balance: 25,
	}));
	const adjustments: Record<string, any>[] = [];
	const transactions: Record<string, any>[] = [];
	const accountTypes: Record<string, any>[] = [
		{ id: 1, name: 'Vacation', unit: 'Days', absenceType: 'Vacation' },
		{ id: 2, name: 'Overtime', unit: 'Hours', absenceType: 'Overtime' },
	];

	const byEmployee = (
		request: SandboxRequest,
		list: Record<string, any>[],
		statuses: string[] = [],
	) => {
		const employeeId = queryValue(request, 'employeeId');
		return list.filter(
			(entry) =>
				(!employeeId || String(entry.employeeId) === employeeId) &&
				(!statuses.length || statuses.includes(entry.status)),
		);
	};

	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), /absence/v1.0/absencerecords:
	// GET takes only startDate, endDate, employeeId and statuses (an array of Declined, Approved),
	// and answers OpenApiResponse<IEnumerable<…>> (no paging).
	router.get('/absence/v1.0/absencerecords', (request) => {
		const unknown = unknownQuery(request, ['startDate', 'endDate', 'employeeId', 'statuses']);
		if (unknown) return unknown;
		const statuses = queryArray(request, 'statuses', RECORD_STATUSES);
		if (!Array.isArray(statuses)) return statuses;
		return single(byEmployee(request, records, statuses));
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), PUT
	// /absence/v1.0/absencerecords/{id}/decline: DeclineAbsenceRecordInput {reason, notify}; 204 or
	// 404 "Absence record with given id doesn't exist".
	router.put('/absence/v1.0/absencerecords/:id/decline', (request) => {
		const record = records.find((candidate) => String(candidate.id) === request.params.id);
		if (!record) return notFound('Absence record', request.params.id);
		const unmapped = unmappedProperties(
			request.body ?? {},
			['reason', 'notify'],
			'DeclineAbsenceRecordInput',
		);
		if (unmapped) return unmapped;
		record.status = 'Declined';
		return noContent;
	});
	router.get('/absence/v1.0/absencerecords/:id', (request) => {
		const record = records.find((candidate) => String(candidate.id) === request.params.id);
		return record ? single(record) : notFound('Absence record', request.params.id);
	});
	registerAbsenceRequestRoutes(router, state, accounts, accountTypes, byEmployee);
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET /absence/v1.0/accounts:
	// `status` is one value of Active, Inactive (not an array).
	router.get('/absence/v1.0/accounts', (request) => {
		const status = queryValue(request, 'status');
		if (
			request.query.getAll('status').length > 1 ||
			(status && !['Active', 'Inactive'].includes(status))
		)
			return validationProblem({ status: [`The value '${status}' is not valid.`] });
		return paged(request, byEmployee(request, accounts, status ? [status] : []));
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), POST
	// /absence/v1.0/accounts/balance/employees: query absenceType (Vacation, Absence, Flextime,
	// Accrued) and onlyAccountsValidOnBalanceDate; body a list of EmployeeBalanceDateInputModel
	// {employeeId, balanceDate} ("no duplicates allowed"); answers
	// {data: [{employeeId, balancedAccounts: [{account {id, typeId, name}, balance [...]}]}]}.
	router.post('/absence/v1.0/accounts/balance/employees', (request) => {
		const unknown = unknownQuery(request, ['absenceType', 'onlyAccountsValidOnBalanceDate']);
		if (unknown) return unknown;
		const absenceType = queryValue(request, 'absenceType');
		if (absenceType !== undefined && !ABSENCE_TYPES.includes(absenceType))
			return validationProblem({ absenceType: [`The value '${absenceType}' is not valid.`] });
		if (!Array.isArray(request.body))
			return validationProblem({ $: ['The JSON value could not be converted to a list.'] });
		const entries: Record<string, any>[] = request.body;
		for (const entry of entries) {
			const unmapped = unmappedProperties(
				entry,
				['employeeId', 'balanceDate'],
				'EmployeeBalanceDateInputModel',
			);
			if (unmapped) return unmapped;
		}
		const ids = entries.map((entry) => entry.employeeId);
		if (new Set(ids).size !== ids.length)
			return problem(400, 'Bad Request', 'Employee ids must not repeat');
		const types = accountTypes.filter((type) => !absenceType || type.absenceType === absenceType);
		return single(
			entries.map((entry) => ({
				employeeId: entry.employeeId,
				balancedAccounts: accounts
					.filter(
						(account) =>
							account.employeeId === entry.employeeId &&
							types.some((type) => type.id === account.typeId),
					)
					.map((account) => ({
						account: { id: account.id, typeId: account.typeId, name: account.name },
						balance: [{ value: account.balance, unit: { type: 'Days' } }],
					})),
			})),
		);
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET
	// /absence/v1.0/accounts/primary: employeeId, date and accountTypeIds (an int64 array), all
	// required; answers {data: AccountResult} or 404 "Account was not found".
	router.get('/absence/v1.0/accounts/primary', (request) => {
		const unknown = unknownQuery(request, ['employeeId', 'date', 'accountTypeIds']);
		if (unknown) return unknown;
		const typeIds = queryArray(
			request,
			'accountTypeIds',
			accountTypes.map((type) => String(type.id)),
		);
		if (!Array.isArray(typeIds)) return typeIds;
		const employeeId = queryValue(request, 'employeeId');
		const date = queryValue(request, 'date');
		const missing = Object.entries({
			employeeId,
			date,
			accountTypeIds: typeIds.length || undefined,
		})
			.filter(([, value]) => !value)
			.map(([name]) => name);
		if (missing.length)
			return validationProblem(
				Object.fromEntries(missing.map((name) => [name, [`The ${name} field is required.`]])),
			);
		const account = accounts.find(
			(candidate) =>
				String(candidate.employeeId) === employeeId &&
				typeIds.includes(String(candidate.typeId)) &&
				candidate.validityPeriod.start <= date! &&
				date! <= candidate.validityPeriod.end,
		);
		if (!account) return problem(404, 'Not Found', 'Account was not found');
		const { balance: _balance, ...result } = account;
		return single(result);
	});
	router.get('/absence/v1.0/accounts/:id/balance', (request) => {
		const account = accounts.find((candidate) => String(candidate.id) === request.params.id);
		if (!account) return notFound('Account', request.params.id);
		return single({ balance: [{ value: account.balance, unit: { type: 'Days' } }] });
	});
	router.post('/absence/v1.0/accounts/:id/adjustments', (request) => {
		const account = accounts.find((candidate) => String(candidate.id) === request.params.id);
		if (!account) return notFound('Account', request.params.id);
		const invalid = requireFields(request.body, ['effectiveDate', 'value']);
		if (invalid) return invalid;
		account.balance += Number(request.body.value);
		const adjustment = { id: state.nextId(), accountId: account.id, ...request.body };
		adjustments.push(adjustment);
		return single(adjustment);
	});
	const accountOf = (request: SandboxRequest) =>
		accounts.find((candidate) => String(candidate.id) === request.params.id);
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET
	// /accounts/{accountId}/adjustments: Limit (default 40), Offset, startDate, endDate (effective
	// dates, yyyy-mm-dd); a PagedOpenApiResponse of AdjustmentResult.
	router.get('/absence/v1.0/accounts/:id/adjustments', (request) => {
		const account = accountOf(request);
		if (!account) return notFound('Account', request.params.id);
		const unknown = unknownQuery(request, ['limit', 'offset', 'startDate', 'endDate']);
		if (unknown) return unknown;
		const from = queryValue(request, 'startDate') ?? '0000-01-01';
		const to = queryValue(request, 'endDate') ?? '9999-12-31';
		return paged(
			request,
			adjustments.filter(
				(entry) =>
					entry.accountId === account.id &&
					entry.effectiveDate >= from &&
					entry.effectiveDate <= to,
			),
			Infinity,
			40,
		);
	});
	// Source: same, GET /accounts/{accountId}/transactions: only date and externalId (no Limit or
	// Offset, though the answer is a PagedOpenApiResponse of TransactionResult).
	router.get('/absence/v1.0/accounts/:id/transactions', (request) => {
		const account = accountOf(request);
		if (!account) return notFound('Account', request.params.id);
		const unknown = unknownQuery(request, ['date', 'externalId']);
		if (unknown) return unknown;
		const date = queryValue(request, 'date');
		const externalId = queryValue(request, 'externalId');
		const found = transactions.filter(
			(entry) =>
				entry.accountId === account.id &&
				(!date || entry.date === date) &&
				(!externalId || entry.externalId === externalId),
		);
		return {
			status: 200,
			body: { paging: { offset: 0, limit: found.length, total: found.length }, data: found },
		};
	});
	// Source: same, DELETE /accounttypes/{id}: 204, or 404 "Account type with given id doesn't exist".
	router.delete('/absence/v1.0/accounttypes/:id', (request) => {
		const type = accountTypes.find((candidate) => String(candidate.id) === request.params.id);
		if (!type) return notFound('Account type', request.params.id);
		accountTypes.splice(accountTypes.indexOf(type), 1);
		return noContent;
	});
	router.get('/absence/v1.0/accounttypes', () => single(accountTypes));
	router.post('/absence/v1.0/accounts/:id/transactions', (request) => {
		const account = accounts.find((candidate) => String(candidate.id) === request.params.id);
		if (!account) return notFound('Account', request.params.id);
		const invalid = requireFields(request.body, ['type', 'date', 'amounts']);
		if (invalid) return invalid;
		const [amount] = request.body.amounts;
		if (typeof amount?.value !== 'number' || !['Hours', 'Days'].includes(amount?.unit?.type))
			return problem(400, 'Bad Request', 'amounts needs a value and a unit type');
		account.balance += amount.value;
		const { amounts, ...rest } = request.body;
		const transaction = { id: state.nextId(), accountId: account.id, ...rest, costs: amounts };
		transactions.push(transaction);
		// Planday Absence OpenAPI: POST /accounts/{id}/transactions answers 204 No Content.
		return { status: 204 };
	});
	// Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), GET /absence/v1.0/absencetypes:
	// OpenApiResponse of AbsenceTypeResult, whose one property is `name` (no id).
	// GUESS: the names are the spec's absenceType enum.
	router.get('/absence/v1.0/absencetypes', () => single(ABSENCE_TYPES.map((name) => ({ name }))));
	registerAccruedAccountTypeRoutes(router, state, accountTypes);
}
