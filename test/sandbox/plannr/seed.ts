import { addDays, wallClock } from '../clock';
import { pick, seededRandom } from '../http';
import { seedFinance } from './seedFinance';

/** Plannr records are plain JSON objects keyed by UUID, as the API returns them. */
export type PlannrRecord = Record<string, any>;

export interface PlannrSeedOptions {
	accounts?: number;
	tasks?: number;
	cases?: number;
	plans?: number;
	seed?: number;
	/** The instant the seed is dated from (default: now). */
	now?: Date | string;
}

/** Plannr is a UK service: its calendar days are London's. */
const FIRM_TIME_ZONE = 'Europe/London';

/** Seeded dates, in days before (negative) or after the firm's today. */
const DAYS = {
	created: -540,
	planOpened: -975,
	chargeStart: -610,
	claimStart: -97,
	clientInactive: -614,
} as const;

const FIRST_NAMES = [
	'Oliver',
	'Amelia',
	'George',
	'Isla',
	'Harry',
	'Ava',
	'Jack',
	'Mia',
	'Charlie',
	'Grace',
	'Thomas',
	'Poppy',
	'James',
	'Lily',
	'William',
	'Sophie',
];
const LAST_NAMES = [
	'Smith',
	'Jones',
	'Taylor',
	'Brown',
	'Williams',
	'Wilson',
	'Johnson',
	'Davies',
	'Patel',
	'Wright',
	'Evans',
	'Thomas',
	'Roberts',
	'Walker',
	'Hughes',
	'Green',
];

/** Deterministic UUIDs (v4 layout) from a counter and a prefix per kind of record. */
export function uuidFor(kind: number, index: number): string {
	const hex = (kind * 0x100000 + index).toString(16).padStart(12, '0');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-8000-${(index * 7919).toString(16).padStart(12, '0').slice(-12)}`;
}

export const KIND = {
	user: 1,
	login: 2,
	account: 3,
	task: 4,
	case: 5,
	plan: 6,
	group: 7,
	tag: 8,
	taskStatus: 9,
	customField: 10,
	circle: 11,
	webhook: 12,
	file: 13,
	document: 14,
	note: 15,
	folder: 16,
	caseStatus: 17,
	caseType: 18,
	address: 19,
	accountLogin: 20,
	charge: 21,
	claim: 22,
	cover: 23,
	contactDetail: 24,
	linkedPolicyNumber: 25,
	subAccount: 26,
	created: 99,
} as const;

/** Deterministic firm data: 1,200 accounts of every type and role, 300 tasks, 80 cases, 400 plans by default. */
export function seedPlannr(options: PlannrSeedOptions = {}) {
	const today = wallClock(new Date(options.now ?? Date.now()), FIRM_TIME_ZONE).date;
	const day = (days: number) => addDays(today, days);
	const CREATED_AT = `${day(DAYS.created)}T16:58:58+00:00`;
	const random = seededRandom(options.seed ?? 20261122);
	const firm = {
		uuid: uuidFor(KIND.created, 1),
		name: 'Thames Valley Wealth',
		slug: 'thames-valley-wealth',
	};

	const accounts: PlannrRecord[] = [];
	const accountCount = options.accounts ?? 1200;
	for (let index = 0; index < accountCount; index++) {
		const type = index < 40 ? 'employee' : index < 60 ? 'external' : 'client';
		const role =
			type === 'employee'
				? pick(random, ['owner', 'admin', 'member'])
				: type === 'external'
					? 'introducer'
					: pick(random, ['individual', 'individual', 'individual', 'joint', 'trust', 'business']);
		const firstName = pick(random, FIRST_NAMES);
		const lastName = pick(random, LAST_NAMES);
		accounts.push({
			uuid: uuidFor(KIND.account, index + 1),
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
			type,
			role,
			first_name: firstName,
			last_name: lastName,
			name: `${firstName} ${lastName}`,
			entity_name:
				role === 'business' || role === 'trust'
					? `${lastName} ${role === 'trust' ? 'Family Trust' : 'Ltd'}`
					: null,
			primary_email: `${firstName}.${lastName}.${index + 1}@example.co.uk`.toLowerCase(),
			primary_phone_number: `07700 9${String(index).padStart(5, '0')}`,
			is_prospect: type === 'client' && index % 7 === 0,
			value: type === 'client' ? Math.floor(random() * 1000) * 100000 : 0,
			assigned_adviser: null,
			groups: [],
			tags: [],
			custom_fields: {},
			firm,
		});
	}
	const employees = accounts.filter((account) => account.type === 'employee');
	const clients = accounts.filter((account) => account.type === 'client');
	// Personal details for the filters on them; every 25th client is a child account of the one before (a guess at what Plannr's child accounts are).
	clients.forEach((client, index) => {
		client.date_of_birth = `${1940 + (index % 60)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
		client.ni_number = `QQ${String(index).padStart(6, '0')}C`;
		client.parent_account = index % 25 === 24 ? { uuid: clients[index - 1].uuid } : null;
	});
	for (const client of clients) client.assigned_adviser = { uuid: pick(random, employees).uuid };

	const users: PlannrRecord[] = [
		{
			uuid: uuidFor(KIND.user, 1),
			type: 'standard',
			first_name: 'Alice',
			last_name: 'Adviser',
			name: 'Alice Adviser',
			email: 'alice@thamesvalleywealth.example',
			otp_pending: false,
		},
		{
			uuid: uuidFor(KIND.user, 2),
			type: 'standard',
			first_name: 'Bob',
			last_name: 'Client',
			name: 'Bob Client',
			email: 'bob@example.co.uk',
			otp_pending: false,
		},
	];
	// Alice has a client login first and two employee logins; the preferred one is the second employee account.
	const logins: PlannrRecord[] = [
		{ userUuid: users[0].uuid, account: clients[0] },
		{ userUuid: users[0].uuid, account: employees[0] },
		{ userUuid: users[0].uuid, account: employees[1], preferred: true },
		{ userUuid: users[1].uuid, account: clients[1] },
	].map((login, index) => ({
		uuid: uuidFor(KIND.login, index + 1),
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
		expires_at: null,
		has_write_permission: true,
		has_delete_permission: true,
		primary: index === 0,
		first_name: login.account.first_name,
		last_name: login.account.last_name,
		email: login.account.primary_email,
		user_type: 'standard',
		account: login.account,
		firm,
		_userUuid: login.userUuid,
		_preferred: login.preferred ?? false,
	}));

	const taskStatuses: PlannrRecord[] = [
		['Not started', false, true],
		['In progress', false, false],
		['Waiting on client', false, false],
		['Completed', true, false],
	].map(([name, completed, notStarted], index) => ({
		uuid: uuidFor(KIND.taskStatus, index + 1),
		name,
		colour: ['#999999', '#2d9cdb', '#f2c94c', '#27ae60'][index],
		position: index,
		is_type_completed: completed,
		is_archived: false,
		is_not_started: notStarted,
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
	}));

	const tasks: PlannrRecord[] = Array.from({ length: options.tasks ?? 300 }, (_, index) => {
		const status = taskStatuses[index % taskStatuses.length];
		return {
			uuid: uuidFor(KIND.task, index + 1),
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
			name: pick(random, [
				'Annual review',
				'Send suitability report',
				'Chase pension transfer',
				'Update fact find',
				'Book meeting',
			]),
			description: '',
			priority: pick(random, ['low', 'medium', 'high', 'highest']),
			due_at: `${day((index % 28) + 1)} 00:00:00`,
			status,
			taskable_type: 'client',
			taskable: { uuid: clients[index % clients.length].uuid },
			assigned_to: [{ uuid: employees[index % employees.length].uuid }],
			completed_at: status.is_type_completed ? CREATED_AT : null,
			custom_fields: [],
		};
	});

	const cases: PlannrRecord[] = Array.from({ length: options.cases ?? 80 }, (_, index) => ({
		uuid: uuidFor(KIND.case, index + 1),
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
		name: `${pick(random, ['Pension consolidation', 'ISA top-up', 'Protection review', 'Mortgage advice'])} ${index + 1}`,
		participants: [{ uuid: clients[index % clients.length].uuid }],
		value: {
			amount: String(100000 * (index + 1)),
			currency: 'GBP',
			formatted: `£${(1000 * (index + 1)).toLocaleString('en-GB')}.00`,
		},
		completed_at: null,
	}));

	const planTypes = [
		'cash_account',
		'investment',
		'protection_policy',
		'pension',
		'annuity',
		'general_insurance',
		'group_protection',
		'mortgage',
		'loan_credit',
		'fixed_asset',
	];
	const plans: PlannrRecord[] = Array.from({ length: options.plans ?? 400 }, (_, index) => ({
		uuid: uuidFor(KIND.plan, index + 1),
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
		opened_at: day(DAYS.planOpened),
		name: `Plan ${index + 1}`,
		type: planTypes[index % planTypes.length],
		policy_number: `POL${String(100000 + index)}`,
		status: pick(random, ['active', 'active', 'proposed', 'inactive']),
		client: { uuid: clients[index % clients.length].uuid },
		is_deleting: false,
	}));

	const groups: PlannrRecord[] = ['Advice team', 'Paraplanning', 'Mortgages'].map(
		(name, index) => ({
			uuid: uuidFor(KIND.group, index + 1),
			name,
			slug: name.toLowerCase().replace(/ /g, '-'),
			participants_count: 0,
			participants: [],
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		}),
	);
	const tags: PlannrRecord[] = ['VIP', 'Pension transfer', 'Annual review due'].map(
		(name, index) => ({
			uuid: uuidFor(KIND.tag, index + 1),
			name,
			slug: name.toLowerCase().replace(/ /g, '-'),
			colour: '#ef4582',
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		}),
	);
	const customFields: PlannrRecord[] = [
		['client', 'Favourite pet', 'favourite_pet', 'string'],
		['client', 'Risk profile', 'risk_profile', 'selection'],
		['task', 'Billing code', 'billing_code', 'string'],
		['case', 'Referral source', 'referral_source', 'string'],
		['plan', 'Platform', 'platform', 'string'],
	].map(([modelType, name, reference, type], index) => ({
		uuid: uuidFor(KIND.customField, index + 1),
		type,
		name,
		reference,
		is_required: false,
		model_type: modelType,
		help_text: '',
		selection_options: type === 'selection' ? ['Cautious', 'Balanced', 'Adventurous'] : [],
		is_visible_to_clients: false,
		position: index,
	}));
	const circles: PlannrRecord[] = clients.slice(0, 10).map((client, index) => ({
		uuid: uuidFor(KIND.circle, index + 1),
		name: `${client.last_name} household`,
		bg_colour: '#DDDDDD',
		accounts: [{ uuid: client.uuid }],
		groups: [],
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
	}));
	const documents: PlannrRecord[] = clients.slice(0, 5).map((client, index) => ({
		uuid: uuidFor(KIND.document, index + 1),
		name: `Suitability report ${index + 1}`,
		status: 'published',
		version: 1,
		clients: [{ uuid: client.uuid }],
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
	}));
	const folders: PlannrRecord[] = [{ uuid: uuidFor(KIND.folder, 1), name: 'Client documents' }];
	const notes: PlannrRecord[] = accounts.slice(60, 70).map((account, index) => ({
		uuid: uuidFor(KIND.note, index + 1),
		type: ['note', 'call', 'meeting', 'email'][index % 4],
		contents: `Spoke with ${account.first_name} about their pension`,
		path: index % 2 ? 'reviews/annual' : 'general',
		edited: false,
		notable_type: 'account',
		notable_uuid: account.uuid,
		created_at: `${day(-30 * ((index % 9) + 1))}T10:00:00+00:00`,
		updated_at: CREATED_AT,
	}));
	relate({ employees, clients, tasks, cases, plans, groups, tags }, today);

	// Records that hang off an account or a plan, keyed by its uuid.
	const addresses: Record<string, PlannrRecord[]> = Object.fromEntries(
		clients.slice(0, 3).map((client, index) => [
			client.uuid,
			[
				{
					uuid: uuidFor(KIND.address, index + 1),
					name: 'Home',
					address_1: `${index + 1} High Street`,
					town_city: 'Reading',
					county: 'Berkshire',
					postcode: `RG1 ${index + 1}AA`,
					country: 'GB',
					is_primary: true,
					created_at: CREATED_AT,
					updated_at: CREATED_AT,
				},
			],
		]),
	);
	const accountLogins: Record<string, PlannrRecord[]> = {
		[clients[0].uuid]: [
			{
				uuid: uuidFor(KIND.accountLogin, 1),
				first_name: clients[0].first_name,
				last_name: clients[0].last_name,
				email: clients[0].primary_email,
				// apidocs `getapiv1logins`: a login's flag is `primary`.
				primary: true,
				has_write_permission: false,
				has_delete_permission: false,
				expires_at: null,
				created_at: CREATED_AT,
				updated_at: CREATED_AT,
			},
		],
	};
	const charges: Record<string, PlannrRecord[]> = Object.fromEntries(
		plans.slice(0, 3).map((plan, index) => [
			plan.uuid,
			['fee', 'commission'].map((type, position) => ({
				uuid: uuidFor(KIND.charge, index * 2 + position + 1),
				type,
				category: position ? 'initial' : 'ongoing',
				recurring: !position,
				frequency: position ? null : 'monthly',
				amount: 25000 * (position + 1),
				policy_number: plan.policy_number,
				start_date: day(DAYS.chargeStart),
				created_at: CREATED_AT,
				updated_at: CREATED_AT,
			})),
		]),
	);
	const claims: Record<string, PlannrRecord[]> = {
		[plans[2].uuid]: [
			{
				uuid: uuidFor(KIND.claim, 1),
				client_uuid: plans[2].client.uuid,
				claim_amount: 1500000,
				claim_start_date: day(DAYS.claimStart),
				claim_end_date: null,
				claim_notes: 'Critical illness',
				created_at: CREATED_AT,
				updated_at: CREATED_AT,
			},
		],
	};
	// Covers as apidocs `operation-get-api-v1-plans-parameter-cover` names them (type, status, amount in pennies).
	const covers: Record<string, PlannrRecord[]> = {
		[plans[2].uuid]: [
			['life_assurance', 'active', 25000000],
			['critical_illness', 'claimed', 10000000],
		].map(([coverType, benefitStatus, benefitAmount], index) => ({
			uuid: uuidFor(KIND.cover, index + 1),
			cover_type: coverType,
			benefit_status: benefitStatus,
			benefit_amount: benefitAmount,
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		})),
	};
	// Contact details as apidocs `operation-get-api-v2-contact-details` shows them (name, type, value).
	const contactDetails: PlannrRecord[] = clients.slice(0, 4).flatMap((client, index) => [
		{
			uuid: uuidFor(KIND.contactDetail, index * 2 + 1),
			account_uuid: client.uuid,
			name: 'Personal email',
			type: 'email',
			value: client.primary_email,
			is_primary: true,
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		},
		{
			uuid: uuidFor(KIND.contactDetail, index * 2 + 2),
			account_uuid: client.uuid,
			name: 'Mobile',
			type: 'phone_number',
			value: client.primary_phone_number,
			is_primary: true,
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		},
	]);
	// Sub-accounts of a plan (apidocs `operation-putapiv1plansplan_uuidsubaccountsuuid` names their fields).
	const subAccounts: Record<string, PlannrRecord[]> = {
		[plans[0].uuid]: ['ISA', 'GIA'].map((name, index) => ({
			uuid: uuidFor(KIND.subAccount, index + 1),
			name,
			policy_number: `${String(plans[0].policy_number)}-${index + 1}`,
			proposal_reference: null,
			created_at: CREATED_AT,
			updated_at: CREATED_AT,
		})),
	};
	// Linked policy numbers as apidocs `operation-getapiv2planslinkedpolicynumbers` shows them: the number and its plan.
	const linkedPolicyNumbers: PlannrRecord[] = plans.slice(0, 3).map((plan, index) => ({
		uuid: uuidFor(KIND.linkedPolicyNumber, index + 1),
		linked_policy_number: `${String(plan.policy_number)}-L`,
		plan: {
			uuid: plan.uuid,
			policy_number: plan.policy_number,
			client_uuid: plan.client?.uuid,
			provider: { uuid: uuidFor(KIND.linkedPolicyNumber, 100 + (index % 2)) },
		},
		created_at: CREATED_AT,
		updated_at: CREATED_AT,
	}));

	return {
		firm,
		accounts,
		users,
		logins,
		taskStatuses,
		tasks,
		cases,
		plans,
		groups,
		tags,
		customFields,
		circles,
		documents,
		folders,
		notes,
		addresses,
		accountLogins,
		charges,
		claims,
		covers,
		contactDetails,
		linkedPolicyNumbers,
		subAccounts,
		...seedFinance(uuidFor, { clients, employees, plans }, CREATED_AT, day),
		...caseLookups,
		sequence: 1,
	};
}

export type PlannrData = ReturnType<typeof seedPlannr>;

const ref = (record: PlannrRecord) => ({ uuid: record.uuid, name: record.name });

/** Case statuses and types (Plannr documents no list route for them; cases refer to them by uuid). */
const caseLookups = {
	caseStatuses: ['Discovery', 'Advice', 'Implementation', 'Complete'].map((name, index) => ({
		uuid: uuidFor(KIND.caseStatus, index + 1),
		name,
		position: index,
		is_type_completed: index === 3,
	})),
	caseTypes: ['Pension', 'Investment', 'Protection', 'Mortgage'].map((name, index) => ({
		uuid: uuidFor(KIND.caseType, index + 1),
		name,
	})),
};

/** `yyyy-mm-01` of the month `months` after the month of `date`. */
function firstOfMonth(date: string, months: number): string {
	const value = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
	value.setUTCMonth(value.getUTCMonth() + months);
	return value.toISOString().slice(0, 10);
}

/** Links between seeded records, derived from their positions so the seed stays deterministic. */
function relate(
	data: Record<
		'employees' | 'clients' | 'tasks' | 'cases' | 'plans' | 'groups' | 'tags',
		PlannrRecord[]
	>,
	today: string,
) {
	const { employees, clients, tasks, cases, plans, groups, tags } = data;
	employees.forEach(
		(employee, index) => (employee.departments = [index % 2 ? 'adviser' : 'paraplanner']),
	);
	clients.forEach((client, index) => {
		client.inactive_at = index % 9 === 8 ? addDays(today, DAYS.clientInactive) : null;
		if (index % 5 === 0) client.groups = [ref(groups[index % groups.length])];
		if (index % 4 === 0) client.tags = [ref(tags[index % tags.length])];
	});
	tasks.forEach((task, index) => {
		if (index % 10 === 0) task.due_at = null;
		if (index % 25 === 24) task.parent_task_uuid = tasks[0].uuid;
	});
	cases.forEach((record, index) => {
		const status = caseLookups.caseStatuses[index % 4];
		record.status = status;
		record.type = caseLookups.caseTypes[index % 4];
		record.completed_at = status.is_type_completed
			? `${addDays(today, -30 * ((index % 9) + 1) + 5)}T12:00:00+00:00`
			: null;
		// Reviews on the first of each month from six months back to five ahead.
		record.review_at = `${firstOfMonth(today, (index % 12) - 6)}T09:00:00+00:00`;
		record.assigned_to_uuids = employees.length ? [employees[index % employees.length].uuid] : [];
		record.group_uuids = [];
		record.tags = index % 3 === 0 ? [ref(tags[index % tags.length])] : [];
		record.plans = plans.length ? [ref(plans[index % plans.length])] : [];
	});
	const abstractTypes: Record<string, string> = {
		mortgage: 'liability',
		loan_credit: 'liability',
		protection_policy: 'protection',
		group_protection: 'protection',
		general_insurance: 'protection',
	};
	plans.forEach((plan, index) => {
		plan.abstract_type = abstractTypes[plan.type] ?? 'asset';
		plan.tags = index % 6 === 0 ? [ref(tags[index % tags.length])] : [];
		plan.cases = cases
			.filter((record) => record.plans.some((linked: PlannrRecord) => linked.uuid === plan.uuid))
			.map(ref);
	});
}
