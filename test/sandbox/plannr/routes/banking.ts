import type { Router } from '../../http';
import type { PlannrState } from '../index';
import { notFound, now, refuseUnknownFields, requireFields, validationError } from '../support';

/** Clients' bank accounts (the v2 family). */
export function registerBankingRoutes(router: Router, state: PlannrState) {
	const { data } = state;

	// apidocs `operation-put-api-v2-bank-accounts-parameter`: `account_uuids` (client accounts
	// only), `account_name`, `account_number` and `sort_code` required; `operation-putapiv2bankaccountsuuid`
	// adds `account_holders`. The answer is the bank account, its owner as one `accounts` object.
	router.put('/api/v2/bank-accounts/:uuid', (request) => {
		const bankAccount = data.bankAccounts.find((record) => record.uuid === request.params.uuid);
		if (!bankAccount) return notFound('BankAccount');
		const body = request.body ?? {};
		const invalid =
			refuseUnknownFields(body, [
				'account_uuids',
				'account_name',
				'account_holders',
				'account_number',
				'sort_code',
			]) ?? requireFields(body, ['account_uuids', 'account_name', 'account_number', 'sort_code']);
		if (invalid) return invalid;
		if (!Array.isArray(body.account_uuids) || !body.account_uuids.length)
			return validationError({ account_uuids: ['The account uuids field must be an array.'] });
		const owners = body.account_uuids.map((uuid: unknown) =>
			data.accounts.find((account) => account.uuid === uuid && account.type === 'client'),
		);
		const notClient = owners.findIndex((owner: unknown) => !owner);
		if (notClient >= 0)
			return validationError({
				[`account_uuids.${notClient}`]: [`The selected account_uuids.${notClient} is invalid.`],
			});
		const { account_uuids: _owners, ...fields } = body;
		Object.assign(bankAccount, fields, {
			accounts: {
				uuid: owners[0].uuid,
				type: owners[0].type,
				role: owners[0].role,
				first_name: owners[0].first_name,
				last_name: owners[0].last_name,
				name: owners[0].name,
			},
			updated_at: now(),
		});
		return { status: 200, body: bankAccount };
	});
}
