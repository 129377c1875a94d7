import { optionsByName } from './options';

/** Dropdowns of the Pay, Revenue and Contract Rules APIs. */
export const getSalaryTypes = optionsByName('/pay/v1.0/salaries/types');

export const getRevenueUnits = optionsByName('/revenue/v1.0/revenueunits');

export const getContractRules = optionsByName('/contractrules/v1.0/contractrules');
