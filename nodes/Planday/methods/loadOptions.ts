import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ACCOUNT_TYPES_PATH, ACCOUNT_TYPES_SCOPE } from '../actions/absenceAccount/fields';
import { TERMINATION_TYPES_PATH, TERMINATION_TYPES_SCOPE } from '../actions/employee/fields';
import {
	MAX_PAGE_SIZE,
	plandayApiRequest,
	plandayApiRequestAllItems,
	unwrapList,
} from '../transport';
import { employeeForm, label, OWN_EMPLOYEE_FIELDS, resolve } from './employeeForm';

/** A record as a dropdown option: its name, and its id as the number Planday's bodies carry. */
const optionByName = (record: IDataObject): INodePropertyOptions => ({
	name: String(record.name),
	value: Number(record.id),
});

const sortedByName = (options: INodePropertyOptions[]) =>
	options.sort((a, b) => a.name.localeCompare(b.name));

/** A dropdown loader listing every record of a paged Planday list by name; `scope` is named if Planday refuses. */
function optionsByName(path: string, scope: string) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await plandayApiRequestAllItems.call(
			this,
			{ method: 'GET', path, scope },
			MAX_PAGE_SIZE.default,
		);
		return sortedByName(records.map(optionByName));
	};
}

export const getDepartments = optionsByName('/hr/v1.0/departments', 'department:read');

export const getEmployeeGroups = optionsByName('/hr/v1.0/employeegroups', 'employeegroup:read');

export const getEmployeeTypes = optionsByName('/hr/v1.0/employeetypes', 'employeetype:read');

export const getShiftTypes = optionsByName('/scheduling/v1.0/shifttypes', 'shifttype:read');

export const getPositions = optionsByName('/scheduling/v1.0/positions', 'shiftposition:read');

export const getSalaryTypes = optionsByName('/pay/v1.0/salaries/types', 'salaries:read');

export const getRevenueUnits = optionsByName('/revenue/v1.0/revenueunits', 'revenue:read');

export const getContractRules = optionsByName(
	'/contractrules/v1.0/contractrules',
	'contractrules:read',
);

/** Skills come as one bare array, with the id in `skillId`. */
export async function getSkills(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const skills = unwrapList(
		await plandayApiRequest.call(this, {
			method: 'GET',
			path: '/hr/v1.0/skills',
			scope: 'skill:read',
		}),
	);
	return skills.map((skill) => ({
		name: String(skill.name),
		value: Number(skill.skillId ?? skill.id),
	}));
}

/** The absence account types (Vacation, Overtime, …); the list is not paged. */
export async function getAbsenceAccountTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const types = unwrapList(
		await plandayApiRequest.call(this, {
			method: 'GET',
			path: ACCOUNT_TYPES_PATH,
			scope: ACCOUNT_TYPES_SCOPE,
		}),
	);
	return sortedByName(types.map(optionByName));
}

/** The portal's termination types (resignation, dismissal, …), for Deactivate. */
export async function getTerminationTypes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const types = unwrapList(
		await plandayApiRequest.call(this, {
			method: 'GET',
			path: TERMINATION_TYPES_PATH,
			scope: TERMINATION_TYPES_SCOPE,
		}),
	);
	return sortedByName(types.map(optionByName));
}

/**
 * Options › Clear Fields of the employee Create or Update: the fields of the portal's update form
 * an update may empty (neither required, read-only, nor asked for by the node itself).
 */
export async function getEmployeeClearableFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const form = await employeeForm(this, 'Put');
	const required = new Set([...(form.required ?? []), ...OWN_EMPLOYEE_FIELDS]);
	const options: INodePropertyOptions[] = [];
	for (const [id, raw] of Object.entries(form.properties ?? {})) {
		const schema = resolve(raw, form.definitions);
		if (!required.has(id) && !schema.readOnly) options.push({ name: label(id, schema), value: id });
	}
	return sortedByName(options);
}
