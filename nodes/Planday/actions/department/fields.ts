import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { definedEntries } from '../../../shared/parameters';
import { plandayIdLocator } from '../common.descriptions';

export const departmentId = plandayIdLocator(
	'departmentId',
	'Department',
	'The department',
	'searchDepartments',
);

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Kitchen',
	description: 'The department name',
};

export const numberField: INodeProperties = {
	displayName: 'Number',
	name: 'number',
	type: 'string',
	default: '',
	placeholder: 'e.g. 1200',
	description: 'The department number used in payroll exports',
};

/** `{ name, number? }`, the body of both create and update. */
export function departmentBody(
	this: IExecuteFunctions,
	itemIndex: number,
	collection: string,
): IDataObject {
	return {
		name: this.getNodeParameter('name', itemIndex) as string,
		...definedEntries(this.getNodeParameter(collection, itemIndex, {}) as IDataObject),
	};
}
