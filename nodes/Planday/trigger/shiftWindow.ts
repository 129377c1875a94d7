import type { INodeProperties, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { optionsCollection } from '../../shared/descriptions';
import { SHIFT_WINDOW, type ShiftWindow } from './events';

const SHIFT_EVENTS = ['shiftCreated', 'shiftUpdated', 'shiftDeleted'];

const DAYS_BEFORE = {
	displayName: 'Shift Dates From (Days Before Today)',
	name: 'shiftDaysBefore',
	maximum: SHIFT_WINDOW.maxDaysBefore,
	default: SHIFT_WINDOW.daysBefore,
};
const DAYS_AFTER = {
	displayName: 'Shift Dates To (Days After Today)',
	name: 'shiftDaysAfter',
	maximum: SHIFT_WINDOW.maxDaysAfter,
	default: SHIFT_WINDOW.daysAfter,
};

/** Shown under the event, so the window is known where the event is picked. */
export const shiftWindowNotice: INodeProperties = {
	displayName: `Only shifts dated from ${SHIFT_WINDOW.daysBefore} days before today to ${SHIFT_WINDOW.daysAfter} days after today are watched (set the window under Options). A change to a shift dated outside the window never starts the workflow.`,
	name: 'shiftWindowNotice',
	type: 'notice',
	default: '',
	displayOptions: { show: { event: SHIFT_EVENTS } },
};

/** The trigger's Options: the shift window, for the shift events. */
export const shiftWindowOptions: INodeProperties = {
	...optionsCollection(
		[DAYS_BEFORE, DAYS_AFTER].map(({ displayName, name, maximum, default: days }) => ({
			displayName,
			name,
			type: 'number' as const,
			typeOptions: { minValue: 0, maxValue: maximum, numberPrecision: 0 },
			default: days,
			description: `Shifts dated up to this many days ${name === DAYS_BEFORE.name ? 'before' : 'after'} today (in the portal's time zone) are watched, at most ${maximum}. Planday is asked only for shifts in this window.`,
		})),
	),
	displayOptions: { show: { event: SHIFT_EVENTS } },
};

/** The shift window the user set, each end checked (also when it comes from an expression). */
export function readShiftWindow(context: IPollFunctions): ShiftWindow {
	const options = context.getNodeParameter('options', {}) as Record<string, unknown>;
	const days = ({ displayName, name, maximum, default: fallback }: typeof DAYS_BEFORE) => {
		const value = options[name] ?? fallback;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > maximum) {
			throw new NodeOperationError(
				context.getNode(),
				`'${displayName}' must be a whole number from 0 to ${maximum}, not ${JSON.stringify(value)}`,
			);
		}
		return value;
	};
	return { daysBefore: days(DAYS_BEFORE), daysAfter: days(DAYS_AFTER) };
}
