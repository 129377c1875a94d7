import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plannrApiRequestAllItems } from '../../transport';
import {
	includeOption,
	multiChoice,
	optionsCollection,
	poundsField,
	sortCollection,
} from '../common.descriptions';
import { filterQuery, includeQuery, sortQuery, uuidParameter } from '../helpers';
import { planLocator } from './fields';

const filters: INodeProperties[] = [
	poundsField('amountFrom', 'Amount From', 'Charges of at least this amount.'),
	poundsField('amountTo', 'Amount To', 'Charges of at most this amount.'),
	{
		displayName: 'Category',
		name: 'category',
		type: 'string',
		default: '',
		placeholder: 'e.g. ongoing',
		description: 'Comma-separated charge categories',
	},
	{
		displayName: 'Exclude From RMAR',
		name: 'excludeFromRmar',
		type: 'boolean',
		default: false,
		description: 'Whether to list only charges left out of the RMAR return (or only those in it)',
	},
	{
		displayName: 'Frequency',
		name: 'frequency',
		type: 'string',
		default: '',
		placeholder: 'e.g. monthly',
		description: 'Comma-separated payment frequencies',
	},
	{ displayName: 'Policy Number', name: 'policyNumber', type: 'string', default: '' },
	{
		displayName: 'Recurring',
		name: 'recurring',
		type: 'boolean',
		default: false,
		description: 'Whether to list only recurring charges (or only one-off ones)',
	},
	{
		displayName: 'Tax Exempt',
		name: 'taxExempt',
		type: 'boolean',
		default: false,
		description: 'Whether to list only tax-exempt charges (or only taxed ones)',
	},
	multiChoice('Types', 'type', ['fee', 'commission']),
];

const properties: INodeProperties[] = [
	planLocator,
	...returnAllOrLimit(),
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'start_date']),
	optionsCollection([includeOption(['statement'])]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getCharges'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}/charges` (fees and commissions) with `filter[...]`, `sort` and `include`, page by page; one item per charge. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const qs = {
		...filterQuery(this, itemIndex, filters),
		...sortQuery(this, itemIndex),
		...includeQuery(this, itemIndex),
	};
	const charges = await plannrApiRequestAllItems.call(
		this,
		{ method: 'GET', path: `/api/v1/plans/${planUuid}/charges`, qs },
		limitParameter(this, itemIndex),
	);
	return jsonItems(charges);
}
