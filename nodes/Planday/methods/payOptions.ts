import { optionsByName } from './options';

/** Dropdowns of the Pay, Revenue and Contract Rules APIs. */
export const getSalaryTypes = optionsByName('/pay/v1.0/salaries/types', 'salaries:read');

export const getRevenueUnits = optionsByName('/revenue/v1.0/revenueunits', 'revenue:read');

export const getContractRules = optionsByName('/contractrules/v1.0/contractrules', 'contractrules:read');
