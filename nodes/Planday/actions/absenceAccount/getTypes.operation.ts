import { unpagedList } from '../operations';
import { ACCOUNT_TYPES_PATH, ACCOUNT_TYPES_SCOPE } from './shared';

export const { description, execute } = unpagedList({
	resource: 'absenceAccount',
	operation: 'getTypes',
	path: ACCOUNT_TYPES_PATH,
	scope: ACCOUNT_TYPES_SCOPE,
});
