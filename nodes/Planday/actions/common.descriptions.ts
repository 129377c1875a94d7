import type { INodeProperties } from 'n8n-workflow';

import { concurrencyOption, idLocator } from '../../shared/descriptions';
import { PLANDAY_MAX_CONCURRENCY } from '../transport';

export const DEFAULT_CONCURRENCY = 5;

export const plandayConcurrencyOption = concurrencyOption(
	'Planday',
	PLANDAY_MAX_CONCURRENCY,
	DEFAULT_CONCURRENCY,
);

/** A Planday id (a whole number), typed or picked from a searchable list. */
export function plandayIdLocator(
	name: string,
	displayName: string,
	searchListMethod: string,
	description: string,
): INodeProperties {
	return idLocator({
		name,
		displayName,
		description,
		searchListMethod,
		idPattern: '^\\s*\\d+\\s*$',
		idPlaceholder: 'e.g. 12345',
		idError: 'Enter a numeric ID',
	});
}
