import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { describeId, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayIdLocator, plandayOptions } from '../common.descriptions';
import { idParameter, idValue, responseRecord } from '../helpers';
import { positionId } from './fields';

/** What happens to the position's shifts, as Planday's reference lists the values. */
const DELETE_OPTIONS = [
	'Undecided',
	'KeepPosition',
	'RemovePosition',
	'ReplacePosition',
	'DeleteShifts',
];

const replacementPositionId: INodeProperties = {
	...plandayIdLocator(
		'replacementPositionId',
		'Replacement Position',
		'The position the shifts move to',
		'searchPositions',
		'position',
	),
	displayOptions: { show: { deleteOption: ['ReplacePosition'] } },
};

const properties: INodeProperties[] = [
	describeId(positionId, 'The position to delete'),
	{
		displayName: 'Shifts in This Position',
		name: 'deleteOption',
		type: 'options',
		options: DELETE_OPTIONS.map((option) => ({
			name: option.replace(/([a-z])([A-Z])/g, '$1 $2'),
			value: option,
		})),
		default: 'KeepPosition',
		description: 'What happens to existing shifts that use the position',
	},
	replacementPositionId,
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['position'], operation: ['delete'] } },
	properties,
);

/** A DELETE whose query says what happens to the position's shifts. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, positionId, itemIndex);
	const deleteOption = this.getNodeParameter('deleteOption', itemIndex) as string;
	const replacement =
		deleteOption === 'ReplacePosition'
			? {
					replacementPositionId: idValue(
						this,
						itemIndex,
						replacementPositionId.displayName,
						this.getNodeParameter('replacementPositionId', itemIndex, '', { extractValue: true }),
					),
				}
			: {};
	const body = await plandayApiRequest.call(this, {
		method: 'DELETE',
		path: `/scheduling/v1.0/positions/${id}`,
		qs: { deleteOption, ...replacement },
		scope: 'shiftposition:delete',
	});
	return jsonItems(responseRecord(body));
}
