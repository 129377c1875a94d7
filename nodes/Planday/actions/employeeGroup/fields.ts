import type { INodeProperties } from 'n8n-workflow';

import { plandayIdLocator } from '../common.descriptions';

export const employeeGroupId = plandayIdLocator(
	'employeeGroupId',
	'Employee Group',
	'The employee group',
	'searchEmployeeGroups',
);

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Waiters',
	description: 'The employee group name',
};
