import type { INodePropertyOptions } from 'n8n-workflow';

// The values Planday's Absence OpenAPI allows in an accrued account type, and their editor names.

export const options = (values: readonly string[], names: Record<string, string> = {}) =>
	values.map((value): INodePropertyOptions => ({ name: names[value] ?? value, value }));

export const RATE_NAMES: Record<string, string> = {
	Percent: 'Percent',
	DaysPerMonth: 'Days per Month',
	DaysPerYear: 'Days per Year',
	HoursPerDay: 'Hours per Day',
	HoursPerMonth: 'Hours per Month',
	HoursPerYear: 'Hours per Year',
};

/** The spec's `SpendingUnitInput.type` and the Days/Hours units of its `AmountUnitInput`s. */
export const DAYS_OR_HOURS = ['Days', 'Hours'] as const;
/** `AccruingRateUnitInput.type`. */
export const ACCRUING_RATE_UNITS = [
	'Percent',
	'DaysPerMonth',
	'DaysPerYear',
	'HoursPerDay',
	'HoursPerMonth',
	'HoursPerYear',
] as const;
/** `AccruingUnitInput.type` (Max Accruing): the rate units without Percent, in the spec's order. */
export const MAX_ACCRUING_UNITS = [
	'DaysPerYear',
	'DaysPerMonth',
	'HoursPerDay',
	'HoursPerMonth',
	'HoursPerYear',
] as const;
/** `firstMonthAccruingRate`. */
export const FIRST_MONTH_RATES = ['Fixed', 'Calculated'] as const;
/** `calculationPeriod` of `WorkDayLengthInput` and `VacationEarningsInput`. */
export const CALCULATION_PERIODS = ['Employee', 'P', 'P12W', 'P13W', 'P52W', 'P0D'] as const;
/** `accountPriority`. */
export const ACCOUNT_PRIORITIES = ['None', 'First', 'Last'] as const;

export const CALCULATION_PERIOD_NAMES: Record<string, string> = {
	Employee: 'From the Employee',
	P: 'Period (P)',
	P12W: '12 Weeks (P12W)',
	P13W: '13 Weeks (P13W)',
	P52W: '52 Weeks (P52W)',
	P0D: 'None (P0D)',
};
