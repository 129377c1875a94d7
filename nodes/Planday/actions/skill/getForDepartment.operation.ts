import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	filtersCollection,
	returnAllOrLimit,
	updateDisplayOptions,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { limitParameter } from '../../../shared/parameters';
import { MAX_PAGE_SIZE, plandayApiRequestAllItems } from '../../transport';
import { plandayIdLocator, plandayOptions } from '../common.descriptions';
import { idValue } from '../helpers';

/** NOT CONFIRMED: the scope of the scheduling skill list; a copy of Planday's reference names `shifttype:read`. */
const SCHEDULING_SKILLS_SCOPE = 'shifttype:read';

const departmentId = plandayIdLocator(
	'departmentId',
	'Department',
	'The department whose skills to list',
	'searchDepartments',
);
const employeeGroupId: INodeProperties = {
	...plandayIdLocator(
		'employeeGroupId',
		'Employee Group',
		'Only skills of this employee group',
		'searchEmployeeGroups',
	),
	required: false,
};

const properties: INodeProperties[] = [
	departmentId,
	...returnAllOrLimit(),
	filtersCollection([employeeGroupId]),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['skill'], operation: ['getForDepartment'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const department = idValue(
		this,
		itemIndex,
		departmentId.displayName,
		this.getNodeParameter('departmentId', itemIndex, '', { extractValue: true }),
	);
	const group = this.getNodeParameter('filters.employeeGroupId', itemIndex, '', {
		extractValue: true,
	});
	const skills = await plandayApiRequestAllItems.call(
		this,
		{
			method: 'GET',
			path: '/scheduling/v1.0/skills',
			qs: {
				departmentId: department,
				...(group === ''
					? {}
					: { employeeGroupId: idValue(this, itemIndex, employeeGroupId.displayName, group) }),
			},
			scope: SCHEDULING_SKILLS_SCOPE,
		},
		MAX_PAGE_SIZE.default,
		limitParameter(this, itemIndex),
	);
	return jsonItems(skills);
}
