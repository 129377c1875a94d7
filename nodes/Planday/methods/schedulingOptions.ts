import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { byName, optionsFromList } from './options';

export async function getShiftTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/scheduling/v1.0/shifttypes', byName);
}

export async function getPositions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsFromList(this, '/scheduling/v1.0/positions', byName);
}
