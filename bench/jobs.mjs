/**
 * The benchmark's jobs: what each contender runs. `ours` is our node's setup (bench/workflows.mjs
 * builds its workflow), `http` the HTTP Request node's workflow steps, `floor` the plain script.
 */
import { addDays, dayAfterSchedule } from '../scripts/lib/dates.mjs';
import { httpParts } from './workflows.mjs';

/** Plannr requires the record a task belongs to and its status: a seeded client and the first task status. */
const TASK_CLIENT = '00000030-003d-4000-8000-000000075ef3';
const TASK_STATUS = '00000090-0001-4000-8000-000000001eef';

/** The documented limits: Planday 20 a second and 750 a minute per portal, Plannr 500 a minute per user. */
export const LIMITS = {
	planday: {
		perSecond: 20,
		windows: [
			{ limit: 20, ms: 1000 },
			{ limit: 750, ms: 60_000 },
		],
	},
	plannr: { perSecond: 500 / 60, windows: [{ limit: 500, ms: 60_000 }] },
};

/**
 * The least time the documented limits allow for `requests` requests from a full budget: each one
 * sent at the earliest moment the sliding windows allow, the last one answered one latency later.
 */
export function fastestSeconds(service, requests, latencyMs) {
	const sent = [];
	for (let index = 0; index < requests; index++) {
		let slot = 0;
		for (const { limit, ms } of LIMITS[service].windows)
			if (index >= limit) slot = Math.max(slot, sent[index - limit] + ms);
		sent.push(slot);
	}
	return ((sent.at(-1) ?? 0) + latencyMs) / 1000;
}

const shiftTimes = { startTime: '09:00', endTime: '17:00' };

/**
 * Created shifts fall after the seeded schedule, so the reads read the seed and nothing else.
 * `schedule`: the seeded schedule's first and last day, as the sandbox reports them.
 */
export function shiftFieldsAfter(schedule) {
	return {
		departmentId: 101,
		employeeGroupId: 201,
		date: dayAfterSchedule(schedule),
		allowConflicts: true,
		useBreaks: true,
	};
}
/** Our reads return the records as the API sends them, like the other contenders (Simplify off). */
const shiftsOf = (range, limit) => ({
	resource: 'shift',
	operation: 'getAll',
	returnAll: limit === undefined,
	...(limit ? { limit } : {}),
	simplify: false,
	filters: range,
	options: {},
});

export function buildJobs({ sizes, schedule, planday, plannr, plannrAccount, floor }) {
	const shiftFields = shiftFieldsAfter(schedule);
	const WHOLE_SEED = schedule;
	// The seed's first 30 days hold 6,000 shifts.
	const FIRST_MONTH = { from: schedule.from, to: addDays(schedule.from, 29) };
	const http = httpParts({ planday, plannr, plannrAccount });
	const perExecution = sizes.perExecution;
	return [
		{
			id: 'plannr-accounts',
			kind: 'read',
			service: 'plannr',
			title: 'Read all Plannr accounts (1,200)',
			records: 1200,
			ours: {
				type: 'plannr',
				parameters: {
					authentication: 'accessToken',
					resource: 'account',
					operation: 'getAll',
					returnAll: true,
					simplify: false,
					filters: {},
					options: {},
				},
			},
			http: http.plannrRead('/api/v1/account', 500),
			httpCount: 'pages',
			floor: () =>
				floor.read('plannr', '/api/v1/account', {}, 500).then((records) => ({ records })),
		},
		{
			id: 'planday-employees',
			kind: 'read',
			service: 'planday',
			title: 'Read all Planday employees (240)',
			records: 240,
			ours: {
				type: 'planday',
				parameters: {
					resource: 'employee',
					operation: 'getAll',
					returnAll: true,
					simplify: false,
					filters: {},
					options: {},
				},
			},
			http: http.plandayRead('/hr/v1.0/employees', {}, 50),
			httpCount: 'pages',
			floor: () =>
				floor.read('planday', '/hr/v1.0/employees', {}, 50).then((records) => ({ records })),
		},
		{
			id: 'planday-shifts-month',
			kind: 'read',
			service: 'planday',
			title: 'Read a month of Planday shifts (6,000)',
			records: 6000,
			ours: { type: 'planday', parameters: shiftsOf(FIRST_MONTH) },
			http: http.plandayRead('/scheduling/v1.0/shifts', FIRST_MONTH, 5000),
			httpCount: 'pages',
			floor: () =>
				floor
					.read('planday', '/scheduling/v1.0/shifts', FIRST_MONTH, 5000)
					.then((records) => ({ records })),
		},
		{
			id: 'planday-shifts-5000',
			kind: 'read',
			service: 'planday',
			memory: true,
			title: 'Read 5,000 Planday shifts (Limit 5,000)',
			records: 5000,
			ours: { type: 'planday', parameters: shiftsOf(WHOLE_SEED, 5000) },
			http: http.plandayRead('/scheduling/v1.0/shifts', WHOLE_SEED, 5000, { paginate: false }),
			httpCount: 'pages',
			floor: () =>
				floor
					.read('planday', '/scheduling/v1.0/shifts', WHOLE_SEED, 5000, 5000)
					.then((records) => ({ records })),
		},
		{
			id: 'planday-shifts-all',
			kind: 'read',
			service: 'planday',
			memory: true,
			title: `Read all ${sizes.bigRead.toLocaleString('en-GB')} Planday shifts`,
			records: sizes.bigRead,
			ours: { type: 'planday', parameters: shiftsOf(WHOLE_SEED) },
			http: http.plandayRead('/scheduling/v1.0/shifts', WHOLE_SEED, 5000),
			httpCount: 'pages',
			floor: () =>
				floor
					.read('planday', '/scheduling/v1.0/shifts', WHOLE_SEED, 5000)
					.then((records) => ({ records })),
		},
		{
			id: 'planday-shift-writes',
			kind: 'write',
			service: 'planday',
			title: `Create ${sizes.writes} Planday shifts`,
			records: sizes.writes,
			ours: {
				type: 'planday',
				items: sizes.writes,
				parameters: {
					resource: 'shift',
					operation: 'create',
					...shiftFields,
					additionalFields: shiftTimes,
					options: { concurrency: 20 },
				},
			},
			// 12 a second: under 20 a second, and 720 a minute under 750.
			http: http.plandayItems({
				method: 'POST',
				path: '/scheduling/v1.0/shifts',
				body: { ...shiftFields, ...shiftTimes },
				items: sizes.writes,
				perSecond: 12,
			}),
			floor: () =>
				floor
					.items('planday', {
						method: 'POST',
						path: () => '/scheduling/v1.0/shifts',
						body: () => ({ ...shiftFields, ...shiftTimes }),
						count: sizes.writes,
					})
					.then((records) => ({ records })),
		},
		{
			id: 'plannr-task-writes',
			kind: 'write',
			service: 'plannr',
			title: `Create ${sizes.writes} Plannr tasks`,
			records: sizes.writes,
			ours: {
				type: 'plannr',
				items: sizes.writes,
				parameters: {
					authentication: 'accessToken',
					resource: 'task',
					operation: 'create',
					name: '=Review {{ $json.name }}',
					taskableType: 'client',
					taskableUuid: { __rl: true, mode: 'id', value: TASK_CLIENT },
					taskStatusUuid: { __rl: true, mode: 'id', value: TASK_STATUS },
					additionalFields: { priority: 'medium' },
					options: { concurrency: 8 },
				},
			},
			// 8 a second: 480 a minute, under 500.
			http: http.plannrItems({
				path: '/api/v1/task',
				jsonBody: `={{ JSON.stringify({ name: "Review " + $json.name, priority: "medium", taskable_type: "client", taskable_uuid: "${TASK_CLIENT}", task_status_uuid: "${TASK_STATUS}" }) }}`,
				items: sizes.writes,
				perSecond: 8,
			}),
			floor: () =>
				floor
					.items('plannr', {
						method: 'POST',
						path: () => '/api/v1/task',
						body: (index) => ({
							name: `Review Item ${index}`,
							priority: 'medium',
							taskable_type: 'client',
							taskable_uuid: TASK_CLIENT,
							task_status_uuid: TASK_STATUS,
						}),
						count: sizes.writes,
					})
					.then((records) => ({ records })),
		},
		{
			id: 'planday-executions',
			kind: 'executions',
			service: 'planday',
			title: `Get ${perExecution * 3} Planday employees over 3 executions`,
			records: perExecution,
			executions: 3,
			ours: {
				type: 'planday',
				items: perExecution,
				parameters: {
					resource: 'employee',
					operation: 'get',
					employeeId: { __rl: true, mode: 'id', value: '={{ 1001 + $itemIndex % 240 }}' },
					options: { concurrency: 20 },
				},
			},
			http: http.plandayItems({
				method: 'GET',
				path: '=/hr/v1.0/employees/{{ 1001 + $itemIndex % 240 }}',
				items: perExecution,
				perSecond: 12,
			}),
			floor: (() => {
				let pace;
				return (execution) => {
					if (execution === 0) pace = floor.pacer('planday');
					return floor
						.items(
							'planday',
							{
								method: 'GET',
								path: (index) => `/hr/v1.0/employees/${1001 + (index % 240)}`,
								count: perExecution,
							},
							pace,
						)
						.then((records) => ({ records }));
				};
			})(),
		},
	];
}
