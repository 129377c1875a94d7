import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { plandayApiRequest, unwrapList } from '../../transport';
import { plandayOptions } from '../common.descriptions';

const properties: INodeProperties[] = [...returnAllOrLimit(), plandayOptions()];

export const description = updateDisplayOptions(
	{ show: { resource: ['skill'], operation: ['getAll'] } },
	properties,
);

/** Planday answers this one with a bare array, not the usual paged envelope, so the Limit is applied here. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const skills = unwrapList(
		await plandayApiRequest.call(this, {
			method: 'GET',
			path: '/hr/v1.0/skills',
			scope: 'skill:read',
		}),
	);
	const limit = limitParameter(this, itemIndex);
	return jsonItems(limit === undefined ? skills : skills.slice(0, limit));
}
