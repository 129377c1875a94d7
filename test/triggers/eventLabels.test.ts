import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { Engine, PACKAGE } from '../harness/engine';

/** Title Case as n8n writes it: every word capitalised except short joining words inside. */
const isTitleCase = (label: string) =>
	label
		.split(' ')
		.every(
			(word, index) =>
				/^[A-Z0-9]/.test(word) ||
				(index > 0 && ['and', 'of', 'for', 'to', 'in', 'on'].includes(word)),
		);

describe('Trigger event labels', () => {
	const engine = new Engine();
	const eventOptions = (type: string, name: string) =>
		engine.nodeTypes
			.getByNameAndVersion(`${PACKAGE}.${type}`, 1)
			.description.properties.find((property: INodeProperties) => property.name === name)!
			.options as INodePropertyOptions[];

	test('every trigger event label is Title Case; the values stay the services’ own event names', () => {
		const plannr = eventOptions('plannrTrigger', 'events');
		const planday = eventOptions('plandayTrigger', 'event');

		expect(
			[...plannr, ...planday].map((option) => option.name).filter((label) => !isTitleCase(label)),
		).toEqual([]);
		expect(plannr).toEqual(
			expect.arrayContaining([
				{ name: 'Task Completed', value: 'task.completed' },
				{
					name: 'Account Annual Review Date Occurred',
					value: 'account.annual-review-date-occurred',
				},
				{ name: 'Fact Find Completed V3', value: 'fact-find.completed-v3' },
				{ name: 'Conversation Message Created', value: 'conversation.message.created' },
				{ name: 'Statement Lock Status', value: 'statement.lock-status' },
			]),
		);
		expect(plannr).toHaveLength(44);
		expect(planday).toEqual(
			expect.arrayContaining([{ name: 'Shift Created', value: 'shiftCreated' }]),
		);
	});
});
