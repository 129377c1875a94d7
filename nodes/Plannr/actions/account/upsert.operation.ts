import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { pathSegment } from '../../../shared/http/urls';
import { jsonItems, oneAtATimePerKey } from '../../../shared/items';
import { invalidParameter } from '../../../shared/parameters';
import { plannrApiRequest, plannrApiRequestAllItems, unwrapRecord } from '../../transport';
import { optionsCollection } from '../common.descriptions';
import { primaryEmail } from '../helpers';
import {
	accountUpdateFields,
	clearedAccountFields,
	clearFieldsOption,
	keptWhenEmpty,
} from './clearFields';
import * as create from './create.operation';
import { accountBody } from './fields';

/** Type, role and names as on Create; the additional fields less the e-mail, which is the key here. */
const createProperties = create.description.filter(
	(property) => !['additionalFields', 'options'].includes(property.name),
);

const properties: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. name@email.com',
		description:
			'The primary e-mail that identifies the account: an account of this type with it is updated, else one is created',
	},
	...createProperties.map(({ displayOptions, ...property }) => ({
		...(property.type === 'string' ? keptWhenEmpty(property) : property),
		// Create's own display options name its operation; the role's depend on the type.
		...(displayOptions?.show?.type
			? { displayOptions: { show: { type: displayOptions.show.type } } }
			: {}),
	})),
	additionalFieldsCollection(accountUpdateFields.filter((field) => field.name !== 'email')),
	optionsCollection([clearFieldsOption]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['upsert'] } },
	properties,
);

/**
 * Looks the account up by primary e-mail and type (`GET /api/v1/account` with the primary e-mail
 * included; Plannr's filter matches part of it, so only an exact match counts), then `PUT /api/v1/account/{uuid}` if one matches or `POST /api/v1/account` if none;
 * several matches are an error naming them. The output says which it did in `_action`. Fields
 * left empty are not sent; the update empties only the fields picked in Options › Clear Fields.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const email = String(this.getNodeParameter('email', itemIndex) ?? '').trim();
	if (!email)
		throw invalidParameter(
			this,
			itemIndex,
			'Email',
			'An e-mail address is needed to find the account',
		);
	const type = this.getNodeParameter('type', itemIndex) as string;
	const fields: IDataObject = {
		role: this.getNodeParameter('role', itemIndex),
		firstName: this.getNodeParameter('firstName', itemIndex),
		lastName: this.getNodeParameter('lastName', itemIndex),
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
		email,
	};
	// Empty fields are left out, so an update keeps them; only Clear Fields empties a value.
	const body = accountBody(this, itemIndex, fields);
	const cleared = clearedAccountFields(this, itemIndex, fields);

	return await oneAtATimePerKey(this, `${type}|${email.toLowerCase()}`, async () => {
		// Plannr's e-mail filter matches part of the address: only an exact match (any case) counts.
		const candidates = await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: '/api/v1/account',
			qs: { 'filter[primary_email]': email, 'filter[type]': type, include: 'primary_email' },
		});
		const matches = candidates.filter(
			(account) => primaryEmail(account).toLowerCase() === email.toLowerCase(),
		);
		if (matches.length > 1) {
			throw new NodeOperationError(
				this.getNode(),
				`${matches.length} Plannr accounts have the email ${email}: ${matches.map((account) => String(account.uuid)).join(', ')} (item ${itemIndex})`,
				{
					itemIndex,
					description:
						'Create or Update changes only an account it can tell apart. Merge the duplicates in Plannr, or update one of them by UUID.',
				},
			);
		}
		if (matches.length === 1) {
			const uuid = pathSegment(String(matches[0].uuid));
			const updated = await plannrApiRequest.call(this, {
				method: 'PUT',
				path: `/api/v1/account/${uuid}`,
				body: { ...body, ...cleared },
			});
			return jsonItems({ ...unwrapRecord(updated), _action: 'updated' });
		}
		const created = await plannrApiRequest.call(this, {
			method: 'POST',
			path: '/api/v1/account',
			body: { type, ...body },
		});
		return jsonItems({ ...unwrapRecord(created), _action: 'created' });
	});
}
