import type { INodeProperties } from 'n8n-workflow';

import * as approve from './approve.operation';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as deny from './deny.operation';
import * as getAll from './getAll.operation';
import * as getDraft from './getDraft.operation';
import * as getTypes from './getTypes.operation';

export { approve, cancel, create, deny, getAll, getDraft, getTypes };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['absenceRequest'] } },
		options: [
			{
				name: 'Approve',
				value: 'approve',
				action: 'Approve an absence request',
				description:
					'Approve a submitted request, optionally telling the employee and handling their shifts. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an absence request',
				description:
					'Cancel a submitted request (Planday marks this call deprecated in favour of Deny). Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an absence request',
				description:
					'Ask for absence on an employee’s behalf, from a start to an end day. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Deny',
				value: 'deny',
				action: 'Deny an absence request',
				description:
					'Decline a submitted request, optionally with a reason for the employee. Returns Planday’s answer: the record, or success: true if there is none.',
			},
			{
				name: 'Get Draft',
				value: 'getDraft',
				action: 'Get an absence request draft',
				description:
					'Work out the request Planday would book for an employee’s absence from a start to an end day. Returns the draft: the request with a registration per day and the accounts it can book.',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many absence requests',
				description:
					'List absence requests and their status (submitted, approved, declined, cancelled), filtered by employee or period',
			},
			{
				name: 'Get Types',
				value: 'getTypes',
				action: 'Get absence types',
				description:
					'List the kinds of absence the portal offers. Returns one item per type with its name only (Planday gives no ID), e.g. Vacation.',
			},
		],
		default: 'getAll',
	},
	...approve.description,
	...cancel.description,
	...create.description,
	...deny.description,
	...getAll.description,
	...getDraft.description,
	...getTypes.description,
];
