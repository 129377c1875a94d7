import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getBreakAccess from './getBreakAccess.operation';
import * as getBreaks from './getBreaks.operation';
import * as getTodayShifts from './getTodayShifts.operation';
import * as punchIn from './punchIn.operation';
import * as punchOut from './punchOut.operation';
import * as update from './update.operation';

export {
	create,
	get,
	getAll,
	getBreakAccess,
	getBreaks,
	getTodayShifts,
	punchIn,
	punchOut,
	update,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['punchClock'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a punch clock entry',
				description:
					'Start a punch clock entry on a given shift, now or at a given time. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the punch clock entry of a shift',
				description: 'Get the punch clock entry (clock-in and clock-out times) of one shift',
			},
			{
				name: 'Get Break Access',
				value: 'getBreakAccess',
				action: 'Get the break access of a punch clock entry',
				description: 'Check whether a break can be started or ended on a running punch clock entry',
			},
			{
				name: 'Get Breaks',
				value: 'getBreaks',
				action: 'Get the breaks of a punch clock entry',
				description: 'List the breaks punched during one punch clock entry',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many punch clock entries',
				description: 'List punch clock entries in a period, optionally for one employee or shift',
			},
			{
				name: 'Get Today’s Shifts',
				value: 'getTodayShifts',
				action: 'Get the shifts of an employee for today',
				description: 'List the shifts an employee can punch in on today',
			},
			{
				name: 'Punch In',
				value: 'punchIn',
				action: 'Punch an employee in',
				description:
					'Start the clock on the employee’s current or upcoming shift. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Punch Out',
				value: 'punchOut',
				action: 'Punch an employee out',
				description:
					'Stop the clock on the employee’s open punch clock entry. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a punch clock entry',
				description:
					'End a punch clock entry, now or at a given time, optionally with a comment. Returns Planday’s answer: the record, or success: true if there is none.',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...getBreakAccess.description,
	...getBreaks.description,
	...getTodayShifts.description,
	...punchIn.description,
	...punchOut.description,
	...update.description,
];
