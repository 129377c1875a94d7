import { toDateOnly, toUtcDateTime } from '../../nodes/shared/dates';
import { json } from '../harness/engine';
import { sentRequests, usePlannr } from './support';

/**
 * A JavaScript Date is an instant: its calendar day is the one the workflow's time zone shows
 * (what the user sees in n8n), not UTC's. Midnight of 1 June in London (BST) is 31 May in UTC.
 */
const LONDON = 'Europe/London';
const JUNE_FIRST_LONDON =
	"={{ DateTime.fromISO('1980-06-01T00:30', { zone: 'Europe/London' }).toJSDate() }}";

describe('Plannr dates given as JavaScript Dates', () => {
	const plannr = usePlannr();

	test('a date field of a write keeps the day of the workflow time zone', async () => {
		const run = await plannr.run(
			{
				resource: 'account',
				operation: 'create',
				type: 'client',
				role: 'individual',
				firstName: 'June',
				lastName: 'First',
				additionalFields: { dateOfBirth: JUNE_FIRST_LONDON },
			},
			undefined,
			false,
			LONDON,
		);
		json(run);
		const [request] = plannr.sandbox.server.requests(/^\/api\/v1\/account$/, 'POST');
		expect(request.body).toEqual({
			type: 'client',
			role: 'individual',
			first_name: 'June',
			last_name: 'First',
			date_of_birth: '1980-06-01',
		});
	});

	test('a date filter keeps the day of the workflow time zone', async () => {
		json(
			await plannr.run(
				{
					resource: 'account',
					operation: 'getAll',
					returnAll: false,
					limit: 1,
					filters: { dateOfBirth: JUNE_FIRST_LONDON },
				},
				undefined,
				false,
				LONDON,
			),
		);
		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/account?filter[date_of_birth]=1980-06-01&page=1&per_page=1',
		]);
	});

	test("a file's original date keeps the day of the workflow time zone", async () => {
		const [uploaded] = json(
			await plannr.run(
				{
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					folderUuid: plannr.sandbox.state.data.folders[0].uuid,
					additionalFields: { originalCreatedAt: JUNE_FIRST_LONDON },
				},
				[
					{
						__binary: {
							data: Buffer.from('%PDF-1.4').toString('base64'),
							fileName: 'fact find.pdf',
							mimeType: 'application/pdf',
						},
					},
				],
				false,
				LONDON,
			),
		);
		expect(uploaded).toMatchObject({ original_created_at: '1980-06-01' });
	});
});

describe('dates', () => {
	test('a date keeps the calendar day it was written with, whatever the zone', () => {
		expect(toDateOnly('2026-03-31T23:30:00-05:00')).toBe('2026-03-31');
		// An n8n DateTime from an expression, as it reaches the node.
		expect(toDateOnly({ toISO: () => '2026-03-31T23:30:00.000-05:00' })).toBe('2026-03-31');
		expect(toDateOnly('2026-04-06')).toBe('2026-04-06');
	});

	test('a date-time is sent in UTC; a zoneless one is read as UTC', () => {
		expect(toUtcDateTime('2026-12-01T09:00:00+01:00')).toBe('2026-12-01T08:00:00Z');
		expect(toUtcDateTime('2026-12-01T09:00:00')).toBe('2026-12-01T09:00:00Z');
		expect(toUtcDateTime('2026-12-01')).toBe('2026-12-01T00:00:00Z');
		expect(() => toUtcDateTime('someday')).toThrow('"someday" is not a valid date');
	});
});
