import type { Router } from '../../http';
import type { PlannrState } from '../index';
import { listResponse, notFound } from '../support';

export function registerAccountRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const find = (uuid: string) => data.accounts.find((account) => account.uuid === uuid);

	router.get('/api/v1/account', (request) =>
		listResponse(request, data.accounts, state.baseUrl(), {
			exact: {
				type: (account) => account.type,
				role: (account) => account.role,
				is_prospect: (account) => (account.is_prospect ? '1' : '0'),
				uuid: (account) => account.uuid,
			},
			partial: {
				name: (account) => `${account.first_name} ${account.last_name} ${account.entity_name ?? ''}`,
				primary_email: (account) => account.primary_email,
				email: (account) => account.primary_email,
				primary_phone_number: (account) => account.primary_phone_number,
			},
			sorts: ['created_at', 'updated_at', 'first_name', 'last_name', 'email'],
			defaultSort: 'first_name',
		}),
	);

	router.get('/api/v1/account/:uuid', (request) => {
		const account = find(request.params.uuid);
		return account ? { status: 200, body: account } : notFound('Account');
	});
}
