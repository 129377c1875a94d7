import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filtersCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import {
	multiChoice,
	optionsCollection,
	sortCollection,
	uuidsFilter,
} from '../common.descriptions';
import { filterQuery, sortQuery, uuidParameter } from '../helpers';
import { planLocator } from './fields';

/** The cover types Plannr lists for a plan's cover (apidocs `operation-putapiv1plansplan_uuidcoveruuid`). */
const COVER_TYPES = [
	'3rd_party',
	'3rd_party_fire_and_theft',
	'accidental_damage',
	'additional_rider_benefit',
	'ambulance',
	'asu',
	'buildings',
	'buildings_and_contents',
	'business',
	'comprehensive',
	'contents',
	'critical_illness',
	'dental',
	'extras',
	'family_income_benefit',
	'hospital_cash',
	'income_insurance',
	'life_assurance',
	'optical',
	'personal_possessions',
	'private',
	'private_hospital',
	'specialist',
	'tpd_total_permanent_disability',
	'trauma_insurance',
	'waiver_of_premium',
	'unknown',
];

// apidocs `operation-get-api-v1-plans-parameter-cover`: filters and sorts as documented.
const filters: INodeProperties[] = [
	{
		displayName: 'Benefit Statuses',
		name: 'benefitStatus',
		type: 'string',
		default: '',
		placeholder: 'e.g. active',
		description: 'Comma-separated benefit statuses',
	},
	uuidsFilter('Cover UUIDs', 'uuid', 'Comma-separated UUIDs of the covers to list'),
	multiChoice('Cover Types', 'coverType', COVER_TYPES),
];

const properties: INodeProperties[] = [
	planLocator,
	filtersCollection(filters),
	sortCollection(['created_at', 'updated_at', 'type', 'benefit_status', 'benefit_amount']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getCover'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}/cover` with `filter[...]` and `sort`, page by page; one item per cover of a protection plan. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const qs = { ...filterQuery(this, itemIndex, filters), ...sortQuery(this, itemIndex) };
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/plans/${planUuid}/cover`,
			qs,
		}),
	);
}
