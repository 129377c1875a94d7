import { POSITION_ID } from '../ids';
import { endpoint } from '../operations';

/** NOT CONFIRMED: the `deleteOption` values come from a reformatted copy of Planday's reference. */
const DELETE_OPTIONS = ['Undecided', 'KeepPosition', 'RemovePosition', 'ReplacePosition', 'DeleteShifts'];

export const { description, execute } = endpoint({
	resource: 'position',
	operation: 'delete',
	// A DELETE whose query says what happens to the position's shifts.
	method: 'DELETE',
	id: POSITION_ID,
	path: (id) => `/scheduling/v1.0/positions/${id}`,
	scope: 'shiftposition:delete',
	fields: [
		{
			displayName: 'Shifts in This Position',
			name: 'deleteOption',
			type: 'options',
			options: DELETE_OPTIONS.map((option) => ({ name: option.replace(/([a-z])([A-Z])/g, '$1 $2'), value: option })),
			default: 'KeepPosition',
			description: 'What happens to existing shifts that use the position',
		},
		{
			displayName: 'Replacement Position ID',
			name: 'replacementPositionId',
			type: 'number',
			default: 0,
			displayOptions: { show: { deleteOption: ['ReplacePosition'] } },
		},
	],
	query(itemIndex) {
		const deleteOption = this.getNodeParameter('deleteOption', itemIndex) as string;
		const replacement = this.getNodeParameter('replacementPositionId', itemIndex, 0) as number;
		return { deleteOption, ...(deleteOption === 'ReplacePosition' ? { replacementPositionId: replacement } : {}) };
	},
});
