import type { Router } from '../../http';
import type { PlannrState } from '../index';

/** `/me` and `/logins`: user-level routes that take no account header. */
export function registerUserRoutes(router: Router, state: PlannrState) {
	router.get('/api/v1/me', (request) => {
		const user = state.data.users.find((candidate) => candidate.uuid === request.auth.userUuid)!;
		const login = state.data.logins.find((candidate) => candidate._userUuid === user.uuid)!;
		return {
			status: 200,
			body: {
				...user,
				created_at: login.created_at,
				updated_at: login.updated_at,
				current_login: publicLogin(login),
				current_account: login.account,
			},
		};
	});

	router.get('/api/v1/logins', (request) => {
		const logins = state.data.logins.filter((login) => login._userUuid === request.auth.userUuid);
		const preferred = logins.find((login) => login._preferred);
		return {
			status: 200,
			body: {
				data: logins.map(publicLogin),
				...(preferred ? { preferred_account_uuid: preferred.account.uuid } : {}),
			},
		};
	});
}

function publicLogin(login: Record<string, any>) {
	const { _userUuid, _preferred, ...rest } = login;
	return rest;
}
