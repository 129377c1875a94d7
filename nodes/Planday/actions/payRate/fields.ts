import { plandayIdLocator } from '../common.descriptions';

export const employeeGroupId = plandayIdLocator(
	'employeeGroupId',
	'Employee Group',
	'The employee group the rate belongs to',
	'searchEmployeeGroups',
);

export const employeeId = plandayIdLocator(
	'employeeId',
	'Employee',
	'The employee whose rate to get',
	'searchEmployees',
);

/** Planday's read scope of pay rates. */
export const PAY_RATES_READ = 'payrates:read';
