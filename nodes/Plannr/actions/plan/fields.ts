import type { INodeProperties } from 'n8n-workflow';

import { uuidLocator, valueLabel } from '../common.descriptions';

/** The plan in a path, searched by name or policy number. */
export const planLocator = uuidLocator({
	name: 'planId',
	displayName: 'Plan',
	search: 'searchPlans',
	description: 'The plan (policy or product)',
});

/** Plannr's plan types. */
export const PLAN_TYPES = [
	'annuity',
	'cash_account',
	'fixed_asset',
	'general_insurance',
	'group_protection',
	'investment',
	'loan_credit',
	'mortgage',
	'pension',
	'protection_policy',
];

/** Plannr's plan statuses. */
export const PLAN_STATUSES = ['active', 'inactive', 'proposed'];

/** Plan types as the choices of an options parameter. */
export const planTypeOptions: INodeProperties['options'] = PLAN_TYPES.map((type) => ({
	name: valueLabel(type),
	value: type,
}));
