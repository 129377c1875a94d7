import type { PlannrRecord } from './seed';

/** `uuidFor` kinds of the records this file seeds (beside `KIND` in seed.ts). */
export const FINANCE_KIND = { bankAccount: 27, check: 28, newBusinessEvent: 29 } as const;

const person = (account: PlannrRecord) => ({
	uuid: account.uuid,
	type: account.type,
	role: account.role,
	first_name: account.first_name,
	last_name: account.last_name,
	name: account.name,
});

/**
 * Bank accounts, compliance checks and new-business events, shaped as apidocs shows them
 * (`operation-putapiv2bankaccountsuuid`, `operation-getapiv1accountaccount_uuidcheckuuid`,
 * `operation-getapiv1plansplan_uuidnewbusinessevents`).
 */
export function seedFinance(
	uuidFor: (kind: number, index: number) => string,
	records: { clients: PlannrRecord[]; employees: PlannrRecord[]; plans: PlannrRecord[] },
	createdAt: string,
	day: (days: number) => string,
) {
	const { clients, employees, plans } = records;
	const bankAccounts: PlannrRecord[] = clients.slice(0, 2).map((client, index) => ({
		uuid: uuidFor(FINANCE_KIND.bankAccount, index + 1),
		accounts: person(client),
		account_name: index ? 'Joint Current Account' : 'Savings Account',
		account_holders: `${String(client.name)}`,
		account_number: `1234567${index}`,
		sort_code: `40470${index}`,
		created_at: createdAt,
		updated_at: createdAt,
	}));
	const checks: PlannrRecord[] = ['aml', 'smartdoc'].map((type, index) => ({
		uuid: uuidFor(FINANCE_KIND.check, index + 1),
		created_at: createdAt,
		updated_at: createdAt,
		last_webhook_at: null,
		originally_ran_at: createdAt,
		provider: 'smartsearch',
		type,
		provider_reference: `SS-${1000 + index}`,
		status: 'complete',
		outcome: index ? 'refer' : 'pass',
		via_integration: true,
		client: person(clients[0]),
	}));
	const newBusinessEvents: Record<string, PlannrRecord[]> = {
		[plans[0].uuid]: (
			[
				['initial', 'advised', 'face_to_face', 'savings', 'accepted', -40],
				['increment', 'advised', 'telephone', 'salary', 'proposed', 20],
			] as const
		).map(([contributionType, adviceType, conductedBy, sourceOfFunds, status, days], index) => ({
			uuid: uuidFor(FINANCE_KIND.newBusinessEvent, index + 1),
			created_at: createdAt,
			updated_at: createdAt,
			plan: { uuid: plans[0].uuid, name: plans[0].name, type: plans[0].type },
			contribution_type: contributionType,
			advice_type: adviceType,
			conducted_by: conductedBy,
			source_of_funds: sourceOfFunds,
			status,
			start_date: status === 'accepted' ? day(days) : null,
			proposal_date: day(days - 10),
			adviser: employees.length ? person(employees[0]) : null,
			is_vulnerable_client: 'no',
			is_replacing_existing_plan: false,
		})),
	};
	return { bankAccounts, checks, newBusinessEvents };
}
