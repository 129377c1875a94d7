import type { INodeProperties } from 'n8n-workflow';

import { loadedMultiOptions } from '../../../shared/descriptions';
import { plandayIdText, unconfirmedNotice } from '../common.descriptions';
import {
	options,
	RATE_NAMES,
	DAYS_OR_HOURS,
	ACCRUING_RATE_UNITS,
	MAX_ACCRUING_UNITS,
	FIRST_MONTH_RATES,
	CALCULATION_PERIODS,
	ACCOUNT_PRIORITIES,
	CALCULATION_PERIOD_NAMES,
} from './accruedType.values';

/*
 * The body of an accrued account type, as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api
 * 3.0.4) defines `CreateAccruedAccountTypeInput` and `UpdateAccruedAccountTypeInput`: 13 required
 * fields (14 on create, with Start Balance), most of them small nested objects. Each nested object
 * is one top-level fixed collection named as its API field, its values shown filled in; every
 * model is `additionalProperties: false`, so nothing else is sent.
 */

/**
 * NOT CONFIRMED: the form of a period's length (`PeriodInput.value`, a string of at least one
 * character). The spec gives no example; ISO 8601 durations are assumed, as the spec's calculation
 * periods (P12W, P52W, …) are written.
 */
export const PERIOD_LENGTH_EXAMPLE = 'P1Y';

export const periodNotice = unconfirmedNotice(
	`the form of a period length (${PERIOD_LENGTH_EXAMPLE} is assumed to mean one year)`,
);

const numberField = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { numberPrecision: 2 },
	default: 0,
	description,
});

/** A unit dropdown whose default is the first of the spec's units. */
function unitField(units: readonly string[], description: string): INodeProperties {
	const [first] = units;
	return {
		displayName: 'Unit',
		name: 'unit',
		type: 'options',
		options: options(units, RATE_NAMES),
		default: first,
		description,
	};
}

const dayOfYear = (displayName: string, prefix: string, what: string): INodeProperties[] => [
	{
		displayName: `${displayName} Day`,
		name: `${prefix}Day`,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 31, numberPrecision: 0 },
		default: 1,
		description: `The day of the month ${what}, e.g. 1`,
	},
	{
		displayName: `${displayName} Month`,
		name: `${prefix}Month`,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 12, numberPrecision: 0 },
		default: 1,
		description: `The month ${what}, from 1 (January) to 12 (December)`,
	},
];

const calculationPeriodField: INodeProperties = {
	displayName: 'Calculation Period',
	name: 'calculationPeriod',
	type: 'options',
	options: [
		{ name: 'Not Set', value: '' },
		...options(CALCULATION_PERIODS, CALCULATION_PERIOD_NAMES),
	],
	default: '',
	description: 'Over which period Planday works the value out; Not Set sends none',
};

/** One required nested object: a fixed collection with one set of values, filled in by default. */
function nested(
	displayName: string,
	name: string,
	description: string,
	values: INodeProperties[],
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		required: true,
		default: { values: Object.fromEntries(values.map((field) => [field.name, field.default])) },
		description,
		options: [{ displayName: displayName, name: 'values', values }],
	};
}

const amount = (
	displayName: string,
	name: string,
	description: string,
	units: readonly string[],
): INodeProperties =>
	nested(displayName, name, description, [
		numberField('Value', 'value', `The amount, in the unit below`),
		unitField(units, 'The unit of the value'),
	]);

const period = (displayName: string, name: string, what: string): INodeProperties =>
	nested(displayName, name, `The period ${what}: when it starts each year and how long it lasts`, [
		...dayOfYear('Start', 'start', 'the period starts'),
		{
			displayName: 'Length',
			name: 'length',
			type: 'string',
			default: '',
			placeholder: `e.g. ${PERIOD_LENGTH_EXAMPLE}`,
			description: 'How long the period lasts, as Planday writes it',
		},
	]);

/** The required top-level fields in the order of the spec's model; `startBalance` only on create. */
export function accruedTypeFields(onCreate: boolean): INodeProperties[] {
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Holiday Accrual',
			description: 'The name of the account type',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Holiday earned per month worked',
			description: 'What the account type is for',
		},
		{
			displayName: 'Spending Unit',
			name: 'spendingUnit',
			type: 'options',
			required: true,
			options: options(DAYS_OR_HOURS),
			default: 'Days',
			description: 'Whether time off from these accounts is taken in days or hours',
		},
		...(onCreate
			? [
					amount(
						'Start Balance',
						'startBalance',
						'The balance a new account of this type starts with',
						DAYS_OR_HOURS,
					),
				]
			: []),
		period('Accruing Period', 'accruingPeriod', 'over which the balance is earned'),
		period('Spending Period', 'spendingPeriod', 'in which the earned balance can be taken'),
		amount(
			'Accruing Rate',
			'accruingRate',
			'How fast the balance is earned, e.g. 2.08 days per month',
			ACCRUING_RATE_UNITS,
		),
		{
			displayName: 'First Month Accruing Rate',
			name: 'firstMonthAccruingRate',
			type: 'options',
			required: true,
			options: options(FIRST_MONTH_RATES),
			default: 'Fixed',
			description:
				'Whether the first month earns the full rate (Fixed) or a share of it (Calculated)',
		},
		amount(
			'Max Accruing',
			'maxAccruing',
			'The most that can be earned, e.g. 25 days per year',
			MAX_ACCRUING_UNITS,
		),
		nested('Work Day Length', 'workDayLength', 'How many hours a day of absence counts', [
			numberField('Hours', 'hours', 'The fixed length of a work day in hours, e.g. 7.5'),
			calculationPeriodField,
		]),
		nested('Vacation Earnings', 'vacationEarnings', 'The money earned with the balance', [
			numberField('Amount', 'amount', 'The amount of money'),
			calculationPeriodField,
		]),
		amount(
			'Allowed Vacation Length in Row',
			'allowedVacationLengthInRow',
			'The longest time off that can be taken in a row',
			DAYS_OR_HOURS,
		),
		amount(
			'Allowed Negative Balance',
			'allowedNegativeBalance',
			'How far below zero the balance may go',
			DAYS_OR_HOURS,
		),
		nested('Carry Over', 'carryOver', 'How much of the balance carries over, and until when', [
			numberField('Max', 'max', 'The most that carries over to the next period'),
			unitField(DAYS_OR_HOURS, 'The unit of Max'),
			...dayOfYear('Valid To', 'validTo', 'up to which the carried-over balance can be taken'),
		]),
	];
}

/** The optional fields both models share (Additional Fields on create, Update Fields on update). */
export const accruedTypeOptionalFields: INodeProperties[] = [
	{
		displayName: 'Account Priority',
		name: 'accountPriority',
		type: 'options',
		options: options(ACCOUNT_PRIORITIES),
		default: 'None',
		description: 'Whether Planday books absence on accounts of this type first, last or neither',
	},
	{
		displayName: 'Are Shifts Required for Accrual',
		name: 'areShiftsRequiredForAccrual',
		type: 'boolean',
		default: false,
		description: 'Whether the balance is earned only for days with shifts',
	},
	{
		displayName: 'Can Edit Days in Request',
		name: 'canEditDaysInRequest',
		type: 'boolean',
		default: false,
		description: 'Whether employees can change the days counted in their absence requests',
	},
	{
		displayName: 'Create Automatically',
		name: 'createAutomatically',
		type: 'boolean',
		default: false,
		description: 'Whether Planday creates accounts of this type for employees by itself',
	},
	loadedMultiOptions(
		'Employee Type Names or IDs',
		'employeeTypes',
		'getEmployeeTypes',
		'The employee types the account type is for',
		plandayIdText('employee type', true),
	),
	{
		displayName: 'Renew Automatically',
		name: 'renewAutomatically',
		type: 'boolean',
		default: false,
		description: 'Whether accounts of this type start again by themselves each period',
	},
	{
		displayName: 'Salary Code Company Paid',
		name: 'salaryCodeCompanyPaid',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4100',
		description: 'The payroll code of absence the company pays',
	},
	{
		displayName: 'Salary Code Company Paid 2',
		name: 'salaryCodeCompanyPaid2',
		type: 'string',
		default: '',
		placeholder: 'e.g. 4110',
		description: 'A second payroll code of absence the company pays',
	},
];
