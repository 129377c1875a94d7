import type { Router, SandboxResponse } from '../../http';
import type { PlandayState } from '../index';
import {
	noContent,
	notFound,
	problem,
	single,
	unmappedProperties,
	validationProblem,
} from '../support';

/*
 * Source: Planday Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4), /absence/v1.0/accounttypes/accrued:
 * POST takes `CreateAccruedAccountTypeInput` and answers OpenApiResponse<Int64> (the new id);
 * PUT /{id} takes `UpdateAccruedAccountTypeInput` and answers 204. Each model below is the
 * spec's, property by property: its `required` list, its enums, and `additionalProperties: false`
 * (an unknown property is a 400, as System.Text.Json's unmapped-member check answers).
 */

/** A property: a JSON type, an enum, a nested model, or a list of integers. */
type Schema =
	| 'string'
	| 'number'
	| 'integer'
	| 'boolean'
	| { enum: readonly string[]; nullable?: boolean }
	| { model: Model }
	| { integers: true };

interface Model {
	name: string;
	required: string[];
	/** Strings with `minLength: 1`. */
	nonEmpty?: string[];
	properties: Record<string, Schema>;
}

const model = (
	name: string,
	properties: Record<string, Schema>,
	required: string[] = [],
	nonEmpty: string[] = [],
): Model => ({ name, properties, required, nonEmpty });

const DAYS_OR_HOURS = { enum: ['Days', 'Hours'] } as const;
const CALCULATION_PERIOD = { enum: ['Employee', 'P', 'P12W', 'P13W', 'P52W', 'P0D'] } as const;
const amountInput = (inOut: string, units: readonly string[]) =>
	model(`AmountInput<${inOut}>`, {
		value: 'number',
		unit: { model: model(`AmountUnitInput<${inOut}>`, { type: { enum: units } }) },
	});
const DAY_OF_YEAR = model('DayOfYearInput', { day: 'integer', month: 'integer' });
const PERIOD = model(
	'PeriodInput',
	{ start: { model: DAY_OF_YEAR }, value: 'string' },
	['start', 'value'],
	['value'],
);
const ACCRUING_RATE = model(
	'AccruingRateInput',
	{
		value: 'number',
		unit: {
			model: model('AccruingRateUnitInput', {
				type: {
					enum: [
						'Percent',
						'DaysPerMonth',
						'DaysPerYear',
						'HoursPerDay',
						'HoursPerMonth',
						'HoursPerYear',
					],
				},
			}),
		},
	},
	['unit'],
);
const MAX_ACCRUING = model(
	'AccruingInput',
	{
		value: 'number',
		unit: {
			model: model('AccruingUnitInput', {
				type: {
					enum: ['DaysPerYear', 'DaysPerMonth', 'HoursPerDay', 'HoursPerMonth', 'HoursPerYear'],
				},
			}),
		},
	},
	['unit'],
);

/** The properties both models share, with the spec's schema for each. */
const SHARED: Record<string, Schema> = {
	name: 'string',
	description: 'string',
	spendingUnit: {
		model: model('SpendingUnitInput', { type: { ...DAYS_OR_HOURS, nullable: true } }),
	},
	accruingPeriod: { model: PERIOD },
	spendingPeriod: { model: PERIOD },
	accruingRate: { model: ACCRUING_RATE },
	firstMonthAccruingRate: { enum: ['Fixed', 'Calculated'] },
	maxAccruing: { model: MAX_ACCRUING },
	employeeTypes: { integers: true },
	workDayLength: {
		model: model(
			'WorkDayLengthInput',
			{
				fixedLength: { model: amountInput('WorkDayLengthInOut', ['Hours']) },
				calculationPeriod: CALCULATION_PERIOD,
			},
			['fixedLength'],
		),
	},
	vacationEarnings: {
		model: model(
			'VacationEarningsInput',
			{
				value: { model: amountInput('VacationEarningsInOut', ['Money']) },
				calculationPeriod: CALCULATION_PERIOD,
			},
			['value'],
		),
	},
	allowedVacationLengthInRow: {
		model: amountInput('VacationLengthInRowInOut', DAYS_OR_HOURS.enum),
	},
	allowedNegativeBalance: { model: amountInput('NegativeBalanceInOut', DAYS_OR_HOURS.enum) },
	canEditDaysInRequest: 'boolean',
	carryOver: {
		model: model(
			'CarryOverInput',
			{
				max: { model: amountInput('CarryOverInOut', DAYS_OR_HOURS.enum) },
				validTo: { model: DAY_OF_YEAR },
			},
			['max', 'validTo'],
		),
	},
	accountPriority: { enum: ['None', 'First', 'Last'], nullable: true },
	salaryCodeCompanyPaid: 'string',
	salaryCodeCompanyPaid2: 'string',
	renewAutomatically: 'boolean',
	createAutomatically: 'boolean',
	areShiftsRequiredForAccrual: 'boolean',
};
const REQUIRED_ON_UPDATE = [
	'accruingPeriod',
	'accruingRate',
	'allowedNegativeBalance',
	'allowedVacationLengthInRow',
	'carryOver',
	'description',
	'firstMonthAccruingRate',
	'maxAccruing',
	'name',
	'spendingPeriod',
	'spendingUnit',
	'vacationEarnings',
	'workDayLength',
];
export const CREATE_ACCRUED_ACCOUNT_TYPE_INPUT = model(
	'CreateAccruedAccountTypeInput',
	{ ...SHARED, startBalance: { model: amountInput('StartBalanceInOut', DAYS_OR_HOURS.enum) } },
	[...REQUIRED_ON_UPDATE, 'startBalance'],
	['name', 'description'],
);
// The update model has no startBalance, and its accountPriority is not nullable.
export const UPDATE_ACCRUED_ACCOUNT_TYPE_INPUT = model(
	'UpdateAccruedAccountTypeInput',
	{ ...SHARED, accountPriority: { enum: ['None', 'First', 'Last'] } },
	REQUIRED_ON_UPDATE,
	['name', 'description'],
);

/** The first way `value` breaks `schema` at `path`, as ASP.NET's 400 words it. */
function invalid(value: unknown, schema: Schema, path: string): SandboxResponse | undefined {
	const notConverted = (to: string) =>
		validationProblem({ [path]: [`The JSON value could not be converted to ${to}.`] });
	if (value === null || value === undefined) return undefined;
	if (schema === 'string') return typeof value === 'string' ? undefined : notConverted('String');
	if (schema === 'boolean') return typeof value === 'boolean' ? undefined : notConverted('Boolean');
	if (schema === 'number') return typeof value === 'number' ? undefined : notConverted('Double');
	if (schema === 'integer') return Number.isInteger(value) ? undefined : notConverted('Int32');
	if ('enum' in schema)
		return schema.enum.includes(value as string) ? undefined : notConverted('the enum');
	if ('integers' in schema)
		return Array.isArray(value) && value.every(Number.isInteger)
			? undefined
			: notConverted('List<Int64>');
	return invalidModel(value, schema.model, path);
}

/** A model's unmapped properties, missing required ones, then each property's own value. */
export function invalidModel(
	value: unknown,
	shape: Model,
	path = '$',
): SandboxResponse | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return validationProblem({
			[path]: [`The JSON value could not be converted to ${shape.name}.`],
		});
	const body = value as Record<string, unknown>;
	const unmapped = unmappedProperties(body, Object.keys(shape.properties), shape.name);
	if (unmapped) return path === '$' ? unmapped : validationProblem(prefixed(unmapped, path));
	const missing = shape.required.filter(
		(field) =>
			body[field] === undefined ||
			body[field] === null ||
			(shape.nonEmpty?.includes(field) && body[field] === ''),
	);
	if (missing.length)
		return validationProblem(
			Object.fromEntries(
				missing.map((field) => [`${path}.${field}`, [`The ${field} field is required.`]]),
			),
		);
	for (const [field, schema] of Object.entries(shape.properties)) {
		const found = invalid(body[field], schema, `${path}.${field}`);
		if (found) return found;
	}
	return undefined;
}

/** The errors of a nested model's unmapped-member 400, keyed by their full JSON path. */
function prefixed(response: SandboxResponse, path: string): Record<string, string[]> {
	const errors = (response.body as { errors: Record<string, string[]> }).errors;
	return Object.fromEntries(
		Object.entries(errors).map(([key, messages]) => [`${path}${key.slice(1)}`, messages]),
	);
}

/** Accrued account types: created, changed and read by id, kept with the portal's account types. */
export function registerAccruedAccountTypeRoutes(
	router: Router,
	state: PlandayState,
	accountTypes: Record<string, any>[],
) {
	router.post('/absence/v1.0/accounttypes/accrued', (request) => {
		const refused = invalidModel(request.body, CREATE_ACCRUED_ACCOUNT_TYPE_INPUT);
		if (refused) return refused;
		const created = {
			id: state.nextId(),
			absenceType: 'Accrued',
			isDeleted: false,
			...request.body,
		};
		accountTypes.push(created);
		return single(created.id);
	});
	// GUESS: the spec lists no 404 or 400 for PUT; an unknown id is refused as GET refuses it, and
	// an account type of another absence type as not accrued.
	router.put('/absence/v1.0/accounttypes/accrued/:id', (request) => {
		const type = accountTypes.find((candidate) => String(candidate.id) === request.params.id);
		if (!type) return notFound('Account type', request.params.id);
		if (type.absenceType !== 'Accrued')
			return problem(400, 'Bad Request', `Account type ${type.id} is not of absence type Accrued`);
		const refused = invalidModel(request.body, UPDATE_ACCRUED_ACCOUNT_TYPE_INPUT);
		if (refused) return refused;
		Object.assign(type, request.body, { id: type.id });
		return noContent;
	});
	// GUESS: the shape of a seeded account type's accruing rate (the spec's AccruedAccountTypeResult
	// has one; the seeded Vacation and Overtime types are not accrued ones).
	router.get('/absence/v1.0/accounttypes/accrued/:id', (request) => {
		const type = accountTypes.find((candidate) => String(candidate.id) === request.params.id);
		if (!type) return notFound('Account type', request.params.id);
		return single({
			...type,
			accruingRate: type.accruingRate ?? { value: 2.08, unit: { type: type.unit } },
		});
	});
}
