import { plandayIdLocator } from '../common.descriptions';

export const absenceAccountId = plandayIdLocator(
	'absenceAccountId',
	'Absence Account',
	'The absence account (e.g. an employee’s vacation account)',
);

export const accountTypeId = plandayIdLocator('accountTypeId', 'Account Type', 'The account type');

/** The portal's absence account types (Vacation, Overtime, …), read by Get Types and the account-type dropdown. */
export const ACCOUNT_TYPES_PATH = '/absence/v1.0/accounttypes';

/** The scope that guards reading account types (Planday Absence OpenAPI: "absencesettings read"). */
export const ACCOUNT_TYPES_SCOPE = 'absencesettings:read';
