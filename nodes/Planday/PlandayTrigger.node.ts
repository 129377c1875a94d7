import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { filtersCollection } from '../shared/descriptions';
import { PLANDAY_DESCRIPTION, plandayIdText } from './actions/common.descriptions';
import { plandayAuthenticationProperty, plandayCredentials } from './authentication';
import { getDepartments, getEmployeeGroups } from './methods/loadOptions';
import { EVENT_OPTIONS } from './trigger/events';
import { fetchTestEvent, pollChanges } from './trigger/poll';
import { shiftWindowNotice, shiftWindowOptions } from './trigger/shiftWindow';

export class PlandayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Planday Trigger',
		name: 'plandayTrigger',
		icon: { light: 'file:../../icons/planday.svg', dark: 'file:../../icons/planday.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		// The text of the one nodes-panel entry n8n makes of Planday and Planday Trigger; the events say what starts the workflow.
		description: PLANDAY_DESCRIPTION,
		defaults: { name: 'Planday Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: plandayCredentials,
		properties: [
			plandayAuthenticationProperty,
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: EVENT_OPTIONS,
				default: 'shiftUpdated',
				description:
					'The change that starts the workflow. Planday has no webhooks, so the node asks at every poll.',
			},
			shiftWindowNotice,
			filtersCollection([
				{
					displayName: 'Department Names or IDs',
					name: 'departmentIds',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getDepartments' },
					default: [],
					description: `Only changes in these departments. ${plandayIdText('department', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
				},
				{
					displayName: 'Employee Group Names or IDs',
					name: 'employeeGroupIds',
					type: 'multiOptions',
					typeOptions: { loadOptionsMethod: 'getEmployeeGroups' },
					default: [],
					description: `Only changes in these employee groups. ${plandayIdText('employee group', true)}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
				},
			]),
			shiftWindowOptions,
		],
	};

	methods = { loadOptions: { getDepartments, getEmployeeGroups } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return this.getMode() === 'manual' ? await fetchTestEvent(this) : await pollChanges(this);
	}
}
