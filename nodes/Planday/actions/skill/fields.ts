import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { definedEntries } from '../../../shared/parameters';
import { plandayIdLocator } from '../common.descriptions';

export const skillId = plandayIdLocator('skillId', 'Skill', 'The skill', 'searchSkills');

export const skillFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Forklift Licence',
		description: 'The skill name',
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
	placeholder: 'e.g. Three-year certificate',
	description: 'What the skill means, shown with it in Planday',
};

/** `{ name, isTimeLimited, description? }`, the body of both create and update. */
export function skillBody(
	this: IExecuteFunctions,
	itemIndex: number,
	collection: string,
): IDataObject {
	return {
		name: this.getNodeParameter('name', itemIndex) as string,
		isTimeLimited: this.getNodeParameter('isTimeLimited', itemIndex) as boolean,
		...definedEntries(this.getNodeParameter(collection, itemIndex, {}) as IDataObject),
	};
}
