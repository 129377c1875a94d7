import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Planday } from '../../nodes/Planday/Planday.node';
import { json } from '../harness/engine';
import { byId, type PlandayFixture, usePlanday } from '../harness/planday';
import { requestLine } from '../harness/expectRequest';

const absenceRequests = (planday: PlandayFixture) =>
	planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerequests/).map(requestLine);

describe('Planday absence, as the Absence OpenAPI spec documents it', () => {
	const planday = usePlanday();

	test('Absence Record Get Many reads the unpaged list in one request and applies the Limit itself', async () => {
		const records = json(
			await planday.run({
				resource: 'absenceRecord',
				operation: 'getAll',
				returnAll: false,
				limit: 3,
			}),
		);

		expect(records.map((record) => record.id)).toEqual([11000, 11001, 11002]);
		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerecords/).map(requestLine),
		).toEqual(['GET /absence/v1.0/absencerecords']);
	});

	test('Absence Record Get Many with Return All gets every record of a portal with many', async () => {
		const records = json(
			await planday.run({ resource: 'absenceRecord', operation: 'getAll', returnAll: true }),
		);

		expect(records).toHaveLength(10);
		expect(planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerecords/)).toHaveLength(1);
	});

	test('Absence Record Get Many sends each chosen status as its own statuses parameter, as the spec’s array is serialised', async () => {
		const records = json(
			await planday.run({
				resource: 'absenceRecord',
				operation: 'getAll',
				returnAll: true,
				filters: { statuses: ['Approved', 'Declined'] },
			}),
		);

		expect(records).toHaveLength(10);
		expect(
			planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerecords/).map(requestLine),
		).toEqual(['GET /absence/v1.0/absencerecords?statuses=Approved&statuses=Declined']);
	});

	test('Absence Request Get Many sends each chosen status as its own status parameter', async () => {
		const requests = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['Submitted', 'Approved'] },
			}),
		);

		expect(requests.map((request) => request.status)).toEqual(Array(5).fill('Submitted'));
		expect(absenceRequests(planday)).toEqual([
			'GET /absence/v1.0/absencerequests?limit=50&offset=0&status=Submitted&status=Approved',
		]);
	});

	test('Absence Request Get Many offers the spec’s statuses: Submitted, Declined, Approved, Cancelled', () => {
		const filters = new Planday().description.properties.find(
			(property) =>
				property.name === 'filters' &&
				property.displayOptions?.show?.resource?.includes('absenceRequest'),
		);
		const statuses = (filters?.options as INodeProperties[]).find(
			(option) => option.name === 'status',
		);

		expect(statuses?.options?.map((option) => (option as INodePropertyOptions).value)).toEqual([
			'Submitted',
			'Declined',
			'Approved',
			'Cancelled',
		]);
	});

	test('a saved Absence Request Get Many with the old status Pending asks for Submitted requests', async () => {
		const requests = json(
			await planday.run({
				resource: 'absenceRequest',
				operation: 'getAll',
				returnAll: true,
				filters: { status: ['Pending', 'Submitted', 'Cancelled'] },
			}),
		);

		expect(requests).toHaveLength(5);
		expect(absenceRequests(planday)).toEqual([
			'GET /absence/v1.0/absencerequests?limit=50&offset=0&status=Submitted&status=Cancelled',
		]);
	});

	test('a 403 on Absence Request Get Types names the scope the spec gives, absence:read', async () => {
		planday.sandbox.server.inject({
			kind: 'status',
			status: 403,
			count: 1,
			path: /^\/absence\/v1\.0\/absencetypes$/,
		});

		const run = await planday.run({ resource: 'absenceRequest', operation: 'getTypes' });

		expect(run.error?.message).toMatch(
			/^Planday refused access \(403\): the API app needs the scope "absence:read"\./,
		);
	});

	test('Absence Record Decline puts the reason and whether to notify, and outputs success', async () => {
		const output = json(
			await planday.run({
				resource: 'absenceRecord',
				operation: 'decline',
				absenceRecordId: byId(11001),
				additionalFields: { reason: 'Booked in error', notify: true },
			}),
		);

		const requests = planday.sandbox.server.requests(/^\/absence\/v1\.0\/absencerecords/);
		expect(requests.map(requestLine)).toEqual(['PUT /absence/v1.0/absencerecords/11001/decline']);
		expect(requests[0].body).toEqual({ reason: 'Booked in error', notify: true });
		expect(output).toEqual([{ success: true }]);
	});
});
