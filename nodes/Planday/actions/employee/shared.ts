import type { INodeProperties } from 'n8n-workflow';

/** Sensitive fields Planday returns only on request, each behind its own scope. */
export const specialFieldsOption: INodeProperties = {
	displayName: 'Include Sensitive Fields',
	name: 'special',
	type: 'multiOptions',
	default: [],
	description: 'Fields Planday returns only when asked for; each needs its own scope on the API app',
	options: [
		{ name: 'Bank Account', value: 'BankAccount' },
		{ name: 'Birth Date', value: 'BirthDate' },
		{ name: 'Social Security Number', value: 'Ssn' },
	],
};
