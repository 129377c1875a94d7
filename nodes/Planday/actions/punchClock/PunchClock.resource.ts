import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getBreaks from './getBreaks.operation';
import * as punchIn from './punchIn.operation';
import * as punchOut from './punchOut.operation';

export { get, getAll, getBreaks, punchIn, punchOut };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['punchClock'] } },
		options: [
			{ name: 'Get', value: 'get', action: 'Get the punch clock entry of a shift', description: 'Get the punch clock entry (clock-in and clock-out times) of one shift' },
			{ name: 'Get Breaks', value: 'getBreaks', action: 'Get the breaks of a punch clock entry', description: 'List the breaks punched during one punch clock entry' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many punch clock entries', description: 'List punch clock entries in a period, optionally for one employee or shift' },
			{ name: 'Punch In', value: 'punchIn', action: 'Punch an employee in', description: 'Start the clock on the employee’s current or upcoming shift' },
			{ name: 'Punch Out', value: 'punchOut', action: 'Punch an employee out', description: 'Stop the clock on the employee’s open punch clock entry' },
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...getBreaks.description,
	...punchIn.description,
	...punchOut.description,
];
