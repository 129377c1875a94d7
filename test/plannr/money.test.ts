import { poundsToPennies } from '../../nodes/Plannr/actions/money';
import { byId, sentRequests, usePlannr } from './support';

/**
 * Amounts are typed in pounds and sent as pennies. "." is the decimal point; "," only groups
 * thousands in threes, in an amount that writes its pence; a leading £ is allowed. Anything that
 * another convention would read differently (12,50 or 1.250,00 or 1,250) is refused, not guessed.
 */
describe('Plannr amounts in pounds read as the user meant them', () => {
	const plannr = usePlannr();
	const client = () =>
		plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!;

	async function createCases(amounts: Array<string | number>) {
		const run = await plannr.run(
			{
				resource: 'case',
				operation: 'create',
				name: 'Money',
				participants: client().uuid,
				additionalFields: { valueInPounds: '={{ $json.amount }}' },
			},
			amounts.map((amount) => ({ amount })),
			true,
		);
		return run.items.map((item) => item.json.error ?? item.json.value);
	}

	test('grouped thousands with pence, a leading £ and plain numbers are sent as exact pennies', async () => {
		expect(
			await createCases(['1,250.50', '£1,250.00', '£12.50', '1250', 1250.5, '1,000,000.99', '0']),
		).toEqual(Array(7).fill(expect.objectContaining({ currency: 'GBP' })));
		expect(
			plannr.sandbox.server.requests(/^\/api\/v1\/cases$/, 'POST').map((sent) => sent.body.value),
		).toEqual([125050, 125000, 1250, 125000, 125050, 100000099, 0]);
		expect(sentRequests(plannr)).toEqual(Array(7).fill('POST /api/v1/cases'));
	});

	test.each([
		[
			'12,50',
			'"12,50" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'1.250,00',
			'"1.250,00" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'1,250',
			'"1,250" is ambiguous: write 1250 or 1250.00 ("," groups thousands only when the pence follow, as in 1,250.00)',
		],
		['12.500', '"12.500" has more than two decimals: write the pence with two digits, e.g. 12.50'],
		['12.345', '"12.345" has a fraction of a penny; Plannr stores whole pennies'],
		['1 250.00', '"1 250.00" has a space inside: write it without spaces, e.g. 1250.00'],
		[
			'$12.50',
			'"$12.50" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'12.50 EUR',
			'"12.50 EUR" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'€12.50',
			'"€12.50" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		['-5.50', '"-5.50" is below zero: the amount must be £0 or more'],
	])(
		'%p is refused before any request, naming the item, the field and the value',
		async (amount, problem) => {
			expect(await createCases([amount])).toEqual([`${problem} for 'Value (£)' (item 0)`]);
			expect(sentRequests(plannr)).toEqual([]);
		},
	);

	test('a claim amount typed with a decimal comma is refused, naming the claim amount', async () => {
		const run = await plannr.run({
			resource: 'plan',
			operation: 'createClaim',
			planId: byId(plannr.sandbox.state.data.plans[2].uuid),
			claimAmountInPounds: '12,50',
			claimStartDate: '2026-01-05',
		});
		expect(run.error?.message).toBe(
			'"12,50" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £) for \'Claim Amount (£)\' (item 0)',
		);
		expect(sentRequests(plannr)).toEqual([]);
	});

	test('an amount filter follows the same rule and may be below zero', async () => {
		const planId = byId(plannr.sandbox.state.data.plans[0].uuid);
		const bad = await plannr.run({
			resource: 'plan',
			operation: 'getCharges',
			planId,
			returnAll: true,
			filters: { amountFromInPounds: '1.250,00' },
		});
		expect(bad.error?.message).toBe(
			'"1.250,00" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £) for \'Amount From (£)\' (item 0)',
		);
		expect(sentRequests(plannr)).toEqual([]);

		await plannr.run({
			resource: 'plan',
			operation: 'getCharges',
			planId,
			returnAll: true,
			filters: { amountFromInPounds: '-1,250.00' },
		});
		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/plans/00000060-0001-4000-8000-000000001eef/charges?filter[amount_from]=-125000&page=1&per_page=500',
		]);
	});
});

describe('Plannr numbers in range, however they were given', () => {
	const plannr = usePlannr();

	test.each([[0], [-1]])('a Limit of %p is refused before any request', async (limit) => {
		const run = await plannr.run(
			{ resource: 'task', operation: 'getAll', returnAll: false, limit: '={{ $json.limit }}' },
			[{ limit }],
		);
		expect(run.error?.message).toBe(
			`${limit} is out of range: give a whole number of 1 or more for 'Limit' (item 0)`,
		);
		expect(sentRequests(plannr)).toEqual([]);
	});

	test('a negative target retirement age is refused before any request', async () => {
		const client = plannr.sandbox.state.data.accounts.find((account) => account.type === 'client')!;
		const run = await plannr.run({
			resource: 'account',
			operation: 'update',
			accountId: byId(client.uuid),
			updateFields: { targetRetirementAge: '={{ -65 }}' },
		});
		expect(run.error?.message).toBe(
			"-65 is out of range: give a whole number of 0 or more for 'Target Retirement Age' (item 0)",
		);
		expect(sentRequests(plannr)).toEqual([]);
	});

	test('Requests at Once above the node’s maximum is refused before any request', async () => {
		const run = await plannr.run(
			{
				resource: 'task',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				options: { concurrency: '={{ $json.concurrency }}' },
			},
			[{ concurrency: 9 }],
		);
		expect(run.error?.message).toBe(
			"9 is out of range: give a whole number from 1 to 8 for 'Requests at Once' (item 0)",
		);
		expect(sentRequests(plannr)).toEqual([]);
	});
});

describe('pounds to pennies', () => {
	test.each([
		['1234.56', 123456],
		['0.1', 10],
		[0.1 + 0.2, 30],
		['1.1499999999999999', 115],
		[1.15, 115],
		['£1,000,000.99', 100000099],
		['19.9', 1990],
		['-5.5', -550],
		['-0', 0],
		['.5', 50],
		[7, 700],
	])('%p → %p pennies', (pounds, pennies) => {
		expect(poundsToPennies(pounds)).toBe(pennies);
	});

	test.each([
		['12.345', '"12.345" has a fraction of a penny; Plannr stores whole pennies'],
		[
			'ten pounds',
			'"ten pounds" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'',
			'"" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		[
			'1e3',
			'"1e3" is not an amount in pounds: write it like 1250.50 or 1,250.50 ("." before the pence, "," only between groups of three digits, an optional leading £)',
		],
		['99999999999999999', '"99999999999999999" is too large an amount'],
	])('%p is refused', (pounds, message) => {
		expect(() => poundsToPennies(pounds)).toThrow(message);
	});
});
