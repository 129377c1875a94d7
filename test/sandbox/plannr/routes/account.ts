import type { Router } from '../../http';
import type { PlannrState } from '../index';
import {
	circlesOf,
	listResponse,
	notFound,
	now,
	refuseUnknownFields,
	requireFields,
	validationError,
} from '../support';

const ACCOUNT_INCLUDES = [
	'primary_phone_number',
	'primary_email',
	'primary_address',
	'assigned_adviser',
	'assigned_administrator',
	'assigned_paraplanner',
	'groups',
	'tags',
	'owners',
	'custom_fields',
	'external_references',
	'charge_split_schema',
];

/** Groups match by uuid or by name, as Plannr's `filter[groups]` does. */
const groupKeys = (account: Record<string, any>) =>
	account.groups.flatMap((group: Record<string, string>) => [group.uuid, group.name]);

export function registerAccountRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const find = (uuid: string) => data.accounts.find((account) => account.uuid === uuid);

	router.get('/api/v1/account', (request) => {
		// apidocs `operation-getapiv1account`: "Valid options are exclude, include, only".
		const childAccounts = request.query.get('filter[child_accounts]');
		if (childAccounts !== null && !['exclude', 'include', 'only'].includes(childAccounts))
			return validationError({
				'filter.child_accounts': ['The selected filter.child accounts is invalid.'],
			});
		const response = listResponse(request, data.accounts, state.baseUrl(), {
			exact: {
				type: (account) => account.type,
				role: (account) => account.role,
				is_prospect: (account) => (account.is_prospect ? '1' : '0'),
				uuid: (account) => account.uuid,
				status: (account) => account.status,
				groups: groupKeys,
				tags: (account) =>
					account.tags.flatMap((tag: Record<string, string>) => [tag.uuid, tag.name]),
				introduced_by: (account) => account.introduced_by?.uuid,
				departments: (account) => account.departments ?? [],
				// A guess at the operator Plannr mentions for `filter[date_of_birth]`: one exact date.
				date_of_birth: (account) => account.date_of_birth,
				// GUESS: the key (apidocs `operation-getapiv1account` shows only the values). A child
				// account shows for `include` and `only`, any other for `include` and `exclude`.
				child_accounts: (account) =>
					account.parent_account ? ['include', 'only'] : ['include', 'exclude'],
			},
			exclude: { exclude_groups: groupKeys, exclude: (account) => account.uuid },
			partial: {
				ni_number: (account) => account.ni_number,
				name: (account) =>
					`${account.first_name} ${account.last_name} ${account.entity_name ?? ''}`,
				primary_email: (account) => account.primary_email,
				email: (account) => account.primary_email,
				primary_phone_number: (account) => account.primary_phone_number,
			},
			range: {
				created_after: [(account) => account.created_at, 'min'],
				created_before: [(account) => account.created_at, 'max'],
				inactive_after: [(account) => account.inactive_at, 'min'],
				inactive_before: [(account) => account.inactive_at, 'max'],
			},
			includes: ACCOUNT_INCLUDES,
			sorts: [
				'created_at',
				'updated_at',
				'first_name',
				'last_name',
				'email',
				'next_review_date',
				'previous_review_date',
				'anniversary_review_date',
			],
			defaultSort: 'first_name',
		});
		const included = (request.query.get('include') ?? '').split(',');
		if (response.status === 200)
			(response.body as { data: Array<Record<string, any>> }).data = (
				response.body as { data: Array<Record<string, any>> }
			).data.map((account) => withPrimaryEmailInclude(account, included));
		return response;
	});

	const ROLES: Record<string, string[]> = {
		client: ['individual', 'joint', 'trust', 'business'],
		employee: ['owner', 'admin', 'member'],
		external: ['introducer'],
	};

	router.post('/api/v1/account', (request) => {
		const invalid = requireFields(request.body, ['type', 'role']);
		if (invalid) return invalid;
		const { type, role } = request.body;
		if (!ROLES[type]?.includes(role))
			return validationError({
				role: [`The role must be one of ${(ROLES[type] ?? []).join(', ')} for a ${type} account.`],
			});
		const badValue = invalidValue(request.body);
		if (badValue) return badValue;
		if (request.body.with_login && !request.body.email)
			return validationError({ email: ['The email field is required when with login is true.'] });
		if (!request.body.entity_name && !(request.body.first_name && request.body.last_name)) {
			return validationError({
				first_name: ['The first name field is required unless an entity name is given.'],
				last_name: ['The last name field is required unless an entity name is given.'],
			});
		}
		const account = accountFromBody(
			{
				uuid: state.newUuid(),
				created_at: now(),
				groups: [],
				tags: [],
				custom_fields: {},
				firm: data.firm,
			},
			request.body,
		);
		data.accounts.push(account);
		return { status: 200, body: account };
	});

	router.put('/api/v1/account/:uuid', (request) => {
		const account = find(request.params.uuid);
		if (!account) return notFound('Account');
		return (
			invalidValue(request.body) ?? {
				status: 200,
				body: accountFromBody(account, request.body ?? {}),
			}
		);
	});

	// apidocs `operation-getapiv1accountaccount_uuidaddress`: filter[uuid], these sorts, include accounts.
	router.get('/api/v1/account/:uuid/address', (request) =>
		find(request.params.uuid)
			? listResponse(request, data.addresses[request.params.uuid] ?? [], state.baseUrl(), {
					exact: { uuid: (address) => address.uuid },
					includes: ['accounts'],
					sorts: ['created_at', 'updated_at', 'address_1', 'postcode'],
					defaultSort: 'created_at',
				})
			: notFound('Account'),
	);
	router.get('/api/v1/account/:uuid/login', (request) =>
		find(request.params.uuid)
			? listResponse(request, data.accountLogins[request.params.uuid] ?? [], state.baseUrl(), {
					sorts: ['created_at'],
					defaultSort: 'created_at',
				})
			: notFound('Account'),
	);
	router.post('/api/v1/account/:uuid/login', (request) => {
		const account = find(request.params.uuid);
		if (!account) return notFound('Account');
		// A guess: Plannr lists the login fields without marking any required; a login needs an e-mail to sign in with.
		const invalid = requireFields(request.body, ['email']);
		if (invalid) return invalid;
		const login = {
			uuid: state.newUuid(),
			first_name: account.first_name,
			last_name: account.last_name,
			primary: false,
			expires_at: null,
			...request.body,
			created_at: now(),
			updated_at: now(),
		};
		(data.accountLogins[account.uuid] ??= []).push(login);
		return { status: 201, body: login };
	});
	const findLogin = (accountUuid: string, loginUuid: string) =>
		(data.accountLogins[accountUuid] ?? []).find((login) => login.uuid === loginUuid);
	// apidocs `operation-put-api-v1-account-parameter-login-parameter`: these fields, all switches
	// but the notification e-mail required.
	router.put('/api/v1/account/:uuid/login/:loginUuid', (request) => {
		if (!find(request.params.uuid)) return notFound('Account');
		const login = findLogin(request.params.uuid, request.params.loginUuid);
		if (!login) return notFound('Login');
		const required = [
			'has_write_permission',
			'has_delete_permission',
			'wealth_enabled',
			'goals_enabled',
			'factfind_enabled',
			'tasks_enabled',
			'welcome_enabled',
		];
		const documented = [
			...required,
			'expires_at',
			'primary',
			'receives_unread_notifications_email',
		];
		const invalid =
			refuseUnknownFields(request.body, documented) ?? requireFields(request.body, required);
		if (invalid) return invalid;
		const { primary, ...fields } = request.body;
		if (primary) makePrimary(request.params.uuid, login);
		Object.assign(login, fields, { updated_at: now() });
		return { status: 200, body: login };
	});
	// apidocs `operation-post-api-v1-account-parameter-login-parameter-make-primary`: no body.
	router.post('/api/v1/account/:uuid/login/:loginUuid/make-primary', (request) => {
		if (!find(request.params.uuid)) return notFound('Account');
		const login = findLogin(request.params.uuid, request.params.loginUuid);
		if (!login) return notFound('Login');
		const invalid = refuseUnknownFields(request.body, []);
		if (invalid) return invalid;
		makePrimary(request.params.uuid, login);
		return { status: 200, body: login };
	});
	// "Only one primary login per account."
	const makePrimary = (accountUuid: string, primary: Record<string, any>) => {
		for (const login of data.accountLogins[accountUuid] ?? []) login.primary = login === primary;
		primary.updated_at = now();
	};
	// apidocs `operation-get-api-v2-contact-details`: these filters, sorts and includes.
	router.get('/api/v2/contact-details', (request) =>
		listResponse(request, data.contactDetails, state.baseUrl(), {
			exact: {
				uuid: (detail) => detail.uuid,
				account_uuids: (detail) => detail.account_uuid,
				circle_uuids: (detail) => circlesOf(data, detail.account_uuid),
			},
			includes: ['accounts', 'primary_accounts'],
			sorts: ['created_at', 'updated_at', 'name', 'value'],
			defaultSort: 'created_at',
		}),
	);

	router.get('/api/v1/account/:uuid', (request) => {
		const account = find(request.params.uuid);
		return account ? { status: 200, body: account } : notFound('Account');
	});
}

/**
 * Plannr's account list (apidocs `operation-get-api-v1-account`) names `primary_email` as an
 * include, rendered as a ContactDetailResource (`{ uuid, type, name, value }`, as in
 * `operation-postapiv1accountaccount_uuidcontactdetail`): without the include it is absent.
 */
function withPrimaryEmailInclude(account: Record<string, any>, included: string[]) {
	const { primary_email: email, ...rest } = account;
	if (!included.includes('primary_email') || !email) return rest;
	return {
		...rest,
		primary_email: { uuid: account.uuid, type: 'email', name: 'Primary Email', value: email },
	};
}

/**
 * Money is integer pennies: anything else is refused the way Laravel's `integer` rule does. The
 * address is one object (the reference's newest examples) or a list of them (its older ones).
 */
function invalidValue(body: Record<string, any> | undefined) {
	if (body?.value !== undefined && !Number.isInteger(body.value))
		return validationError({ value: ['The value field must be an integer.'] });
	const address = body?.address;
	const isObject = (entry: unknown) =>
		typeof entry === 'object' && entry !== null && !Array.isArray(entry);
	if (
		address !== undefined &&
		!(isObject(address) || (Array.isArray(address) && address.every(isObject)))
	) {
		return validationError({ address: ['The address field must be an array.'] });
	}
	return undefined;
}

/** Applies a create/update body the way Plannr stores it: uuids become objects, email becomes the primary email. */
function accountFromBody(account: Record<string, any>, body: Record<string, any>) {
	const {
		email,
		assigned_adviser_uuid: adviser,
		groups,
		custom_fields: customFields,
		...fields
	} = body;
	Object.assign(account, fields, { updated_at: now() });
	if (email) account.primary_email = email;
	if (adviser !== undefined) account.assigned_adviser = adviser ? { uuid: adviser } : null;
	if (groups !== undefined) account.groups = (groups ?? []).map((uuid: string) => ({ uuid }));
	if (customFields) account.custom_fields = { ...account.custom_fields, ...customFields };
	account.name =
		account.entity_name ?? `${account.first_name ?? ''} ${account.last_name ?? ''}`.trim();
	return account;
}
