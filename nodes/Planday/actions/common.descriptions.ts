import type { INodeProperties } from 'n8n-workflow';

import {
	commonOptions,
	concurrencyOption,
	idLocator,
	idProperty,
	optionsCollection,
	unconfirmedNotice as sharedUnconfirmedNotice,
} from '../../shared/descriptions';
import { PLANDAY_MAX_CONCURRENCY } from '../transport';

/**
 * The node's description. n8n's nodes panel shows the node and its trigger as one entry with the
 * trigger's description, so the trigger carries this text too.
 */
export const PLANDAY_DESCRIPTION =
	'Read and change Planday employees, departments, shifts, punch clock entries, absence, pay rates, salaries, payroll and revenue';

/** Requests at Once: the router reads it and checks its range. */
export const CONCURRENCY_OPTION = concurrencyOption('Planday', PLANDAY_MAX_CONCURRENCY, 5);

/** The Options entries every Planday operation has. */
const PLANDAY_COMMON_OPTIONS = commonOptions(CONCURRENCY_OPTION);

/** An operation's Options collection: its own entries, then the ones every Planday operation has. */
export function plandayOptions(...entries: INodeProperties[]): INodeProperties {
	return optionsCollection([...entries, ...PLANDAY_COMMON_OPTIONS]);
}

/** The example every Planday id field gives. */
const PLANDAY_ID_EXAMPLE = '1001';

/** What a Planday id field holds: "Planday employee ID, a number, e.g. 1001" (or IDs, numbers). */
export function plandayIdText(thing: string, several = false): string {
	return several
		? `Planday ${thing} IDs, numbers, e.g. ${PLANDAY_ID_EXAMPLE}, 1002`
		: `Planday ${thing} ID, a number, e.g. ${PLANDAY_ID_EXAMPLE}`;
}

/**
 * A Planday id (a whole number) as a resource locator: picked From List when a `searchListMethod`
 * exists, or typed By ID. `thing` names what the id is when the display name does not
 * ("Replacement Position" is a position).
 */
export function plandayIdLocator(
	name: string,
	displayName: string,
	description: string,
	searchListMethod?: string,
	thing = displayName.toLowerCase(),
): INodeProperties {
	return idProperty(
		idLocator({
			name,
			displayName,
			description,
			searchListMethod,
			idPattern: '^\\s*\\d+\\s*$',
			idPlaceholder: `e.g. ${PLANDAY_ID_EXAMPLE}`,
			idError: 'Enter a numeric ID',
		}),
		plandayIdText(thing),
	);
}

export { simplifyProperty } from '../../shared/descriptions';

/** The editor notice of an operation that rests on a fact Planday has not confirmed. */
export const unconfirmedNotice = (what: string): INodeProperties =>
	sharedUnconfirmedNotice('Planday', what);
