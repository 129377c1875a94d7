import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filtersCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plannrApiRequestAllItems } from '../../transport';
import {
	multiChoice,
	optionsCollection,
	sortCollection,
	uuidLocator,
	uuidsFilter,
} from '../common.descriptions';
import { filterQuery, sortQuery, uuidParameter } from '../helpers';
import { planLocator } from './fields';

// The values apidocs lists for a new-business event (`operation-postapiv1newbusinessevent`).
const CONTRIBUTION_TYPES = [
	'initial',
	'increment',
	'decrement',
	'advice_point',
	'pension_transfer',
	'switch',
];
const ADVICE_TYPES = [
	'advised',
	'execution_only',
	'insistent_investor',
	'existing_provision',
	'direct_offer',
	'client_instruction',
];
const CONDUCTED_BY = [
	'correspondence_only',
	'email',
	'face_to_face',
	'internet',
	'other',
	'printed_media_campaign',
	'telephone',
	'unknown',
];
const SOURCES_OF_FUNDS = [
	'gift',
	'inheritance',
	'isa_transfer',
	'pension_transfer',
	'salary',
	'savings',
	'other',
];

// apidocs `operation-getapiv1plansplan_uuidnewbusinessevents`: the event filters (the plan's own
// type, provider and policy-number filters say nothing within one plan) and sorts.
const filters: INodeProperties[] = [
	multiChoice('Advice Types', 'adviceType', ADVICE_TYPES),
	uuidLocator({
		name: 'adviserUuid',
		displayName: 'Adviser',
		thing: 'employee account',
		required: false,
		description: 'Only events advised by this adviser',
	}),
	multiChoice('Conducted By', 'conductedBy', CONDUCTED_BY),
	multiChoice('Contribution Types', 'contributionType', CONTRIBUTION_TYPES),
	uuidsFilter('Event UUIDs', 'uuid', 'Comma-separated UUIDs of the new-business events to list'),
	{
		displayName: 'Proposed After',
		name: 'proposedDateFrom',
		type: 'dateTime',
		default: '',
	},
	{
		displayName: 'Proposed Before',
		name: 'proposedDateTo',
		type: 'dateTime',
		default: '',
	},
	multiChoice('Sources of Funds', 'sourceOfFunds', SOURCES_OF_FUNDS),
	{
		displayName: 'Started After',
		name: 'dateFrom',
		type: 'dateTime',
		default: '',
		description: 'Only events whose premium started after this date',
	},
	{
		displayName: 'Started Before',
		name: 'dateTo',
		type: 'dateTime',
		default: '',
		description: 'Only events whose premium started before this date',
	},
	multiChoice('Statuses', 'status', ['accepted', 'proposed']),
];
const DATE_FILTERS = ['dateFrom', 'dateTo', 'proposedDateFrom', 'proposedDateTo'];

const properties: INodeProperties[] = [
	planLocator,
	filtersCollection(filters),
	sortCollection(['start_date', 'created_at', 'updated_at']),
	optionsCollection(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['plan'], operation: ['getNewBusinessEvents'] } },
	properties,
);

/** `GET /api/v1/plans/{uuid}/new-business-events` with the `filter[...]` and `sort` chosen, page by page; one item per event. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const planUuid = uuidParameter(this, planLocator, itemIndex);
	const qs = {
		...filterQuery(this, itemIndex, filters, DATE_FILTERS),
		...sortQuery(this, itemIndex),
	};
	return jsonItems(
		await plannrApiRequestAllItems.call(this, {
			method: 'GET',
			path: `/api/v1/plans/${planUuid}/new-business-events`,
			qs,
		}),
	);
}
