import { unpagedList } from '../operations';

export const { description, execute } = unpagedList({
	resource: 'absenceAccount',
	operation: 'getTypes',
	path: '/absence/v1.0/accounttypes',
	scope: 'absencesettings:read',
});
