import type { INodeProperties } from 'n8n-workflow';

import { resources } from './resources';

/** The Planday node's parameters: the resource, then each resource's operations and their parameters (Options included). */
export const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Absence Account', value: 'absenceAccount' },
			{ name: 'Absence Record', value: 'absenceRecord' },
			{ name: 'Absence Request', value: 'absenceRequest' },
			{ name: 'Contract Rule', value: 'contractRule' },
			{ name: 'Department', value: 'department' },
			{ name: 'Employee', value: 'employee' },
			{ name: 'Employee Group', value: 'employeeGroup' },
			{ name: 'Employee Type', value: 'employeeType' },
			{ name: 'Pay Rate', value: 'payRate' },
			{ name: 'Payroll', value: 'payroll' },
			{ name: 'Portal', value: 'portal' },
			{ name: 'Position', value: 'position' },
			{ name: 'Punch Clock', value: 'punchClock' },
			{ name: 'Report', value: 'report' },
			{ name: 'Revenue', value: 'revenue' },
			{ name: 'Salary', value: 'salary' },
			{ name: 'Schedule Day', value: 'scheduleDay' },
			{ name: 'Section', value: 'section' },
			{ name: 'Shift', value: 'shift' },
			{ name: 'Shift Type', value: 'shiftType' },
			{ name: 'Skill', value: 'skill' },
			{ name: 'Time and Cost', value: 'timeAndCost' },
		],
		default: 'employee',
	},
	...Object.values(resources).flatMap((resource) => resource.description),
];
