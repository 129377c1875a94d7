import { uuidLocator } from '../common.descriptions';

/** The case in a path, searched by name. */
export const caseLocator = uuidLocator({
	name: 'caseId',
	displayName: 'Case',
	search: 'searchCases',
	description: 'The case',
});
