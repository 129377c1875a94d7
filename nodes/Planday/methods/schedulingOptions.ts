import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ACCOUNT_TYPES_PATH, ACCOUNT_TYPES_SCOPE } from '../actions/absenceAccount/shared';
import { plandayApiRequest, unwrapList } from '../transport';
import { byName, optionsFromList } from './options';

export async function getShiftTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/scheduling/v1.0/shifttypes', byName, 'shifttype:read');
}

export async function getPositions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/scheduling/v1.0/positions', byName, 'shiftposition:read');
}

/** The absence account types (Vacation, Overtime, …); the list is not paged. */
export async function getAbsenceAccountTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const types = unwrapList(
		await plandayApiRequest.call(this, { method: 'GET', path: ACCOUNT_TYPES_PATH, scope: ACCOUNT_TYPES_SCOPE }),
	);
	return types.map(byName).sort((a, b) => a.name.localeCompare(b.name));
}
