import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalidParameter } from '../../../shared/parameters';
import { fieldName } from '../helpers';

/**
 * A UK sort code: six digits, grouped by dashes or not (`01-23-45`, `012345`); sent as the six
 * digits, as apidocs' example (`"sort_code": "012345"`). The value is never repeated in an error.
 */
const SORT_CODE = /^\d{2}(-?)\d{2}\1\d{2}$/;

/** A UK bank account number: eight digits (apidocs' example `"account_number": "01234567"`). */
const ACCOUNT_NUMBER = /^\d{8}$/;

export const sortCodeField: INodeProperties = {
	displayName: 'Sort Code',
	name: 'sortCode',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 01-23-45',
	description: 'The UK sort code: 6 digits, with or without dashes (sent as the 6 digits)',
};

export const accountNumberField: INodeProperties = {
	displayName: 'Account Number',
	name: 'accountNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 01234567',
	description: 'The UK bank account number: 8 digits',
};

/** The item's sort code as six digits, or an error naming the field (not the value: it is bank data). */
export function sortCodeParameter(context: IExecuteFunctions, itemIndex: number): string {
	const value = String(context.getNodeParameter(sortCodeField.name, itemIndex, '') ?? '').trim();
	if (!SORT_CODE.test(value))
		throw invalidParameter(
			context,
			itemIndex,
			fieldName(sortCodeField),
			'Not a UK sort code: give 6 digits, with or without dashes (e.g. 01-23-45)',
		);
	return value.replace(/-/g, '');
}

/** The item's account number (eight digits), or an error naming the field (not the value). */
export function accountNumberParameter(context: IExecuteFunctions, itemIndex: number): string {
	const value = String(
		context.getNodeParameter(accountNumberField.name, itemIndex, '') ?? '',
	).trim();
	if (!ACCOUNT_NUMBER.test(value))
		throw invalidParameter(
			context,
			itemIndex,
			fieldName(accountNumberField),
			'Not a UK bank account number: give 8 digits (e.g. 01234567)',
		);
	return value;
}
