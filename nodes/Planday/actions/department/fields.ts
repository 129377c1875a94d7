import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalFields } from '../operations';

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	description: 'The department name',
};

export const numberField: INodeProperties = {
	displayName: 'Number',
	name: 'number',
	type: 'string',
	default: '',
	description: 'The department number used in payroll exports',
};

/** `{ name, number? }`, the body of both create and update. */
export function departmentBody(this: IExecuteFunctions, itemIndex: number, collection: string) {
	return { name: this.getNodeParameter('name', itemIndex) as string, ...optionalFields(this, collection, itemIndex) };
}
