import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalFields } from '../operations';

export const SKILL_ID = {
	name: 'skillId',
	displayName: 'Skill',
	search: 'searchSkills',
	description: 'The skill',
};

export const skillFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The skill name, e.g. Forklift licence',
	},
	{
		displayName: 'Is Time Limited',
		name: 'isTimeLimited',
		type: 'boolean',
		default: false,
		description: 'Whether the skill expires and must be renewed',
	},
];

export const descriptionField: INodeProperties = {
	displayName: 'Description',
	name: 'description',
	type: 'string',
	default: '',
};

/** `{ name, isTimeLimited, description? }`, the body of both create and update. */
export function skillBody(this: IExecuteFunctions, itemIndex: number, collection: string) {
	return {
		name: this.getNodeParameter('name', itemIndex) as string,
		isTimeLimited: this.getNodeParameter('isTimeLimited', itemIndex) as boolean,
		...optionalFields(this, collection, itemIndex),
	};
}

/** NOT CONFIRMED: update and delete name the skill in the query (`?skillId=`), not the path. */
export const skillQuery = (id: string) => ({ skillId: id });
