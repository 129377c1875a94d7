import type { INodeParameters } from 'n8n-workflow';

import { requestLine } from '../harness/expectRequest';
import { byId, json, startPlanday, type PlandayFixture } from '../harness/planday';

/**
 * Accrued account types as Planday's Absence OpenAPI (Planday.OpenApi.Absence.Api 3.0.4) defines
 * them: POST /absence/v1.0/accounttypes/accrued (CreateAccruedAccountTypeInput) and PUT
 * /absence/v1.0/accounttypes/accrued/{id} (UpdateAccruedAccountTypeInput).
 */
describe('Planday accrued account types', () => {
	let planday: PlandayFixture;

	beforeAll(async () => {
		planday = await startPlanday();
	});
	afterAll(async () => await planday.stop());
	beforeEach(() => planday.sandbox.server.clearLog());

	const accrued = () => planday.sandbox.server.requests(/^\/absence\/v1\.0\/accounttypes\/accrued/);

	/** Every required field, as a user fills them in (Start Balance only on create). */
	const REQUIRED: INodeParameters = {
		name: 'Holiday Accrual',
		description: 'Holiday earned per month worked',
		spendingUnit: 'Days',
		accruingPeriod: { values: { startDay: 1, startMonth: 4, length: 'P1Y' } },
		spendingPeriod: { values: { startDay: 1, startMonth: 4, length: 'P1Y' } },
		accruingRate: { values: { value: 2.33, unit: 'DaysPerMonth' } },
		firstMonthAccruingRate: 'Calculated',
		maxAccruing: { values: { value: 28, unit: 'DaysPerYear' } },
		workDayLength: { values: { hours: 7.5, calculationPeriod: '' } },
		vacationEarnings: { values: { amount: 0, calculationPeriod: 'P52W' } },
		allowedVacationLengthInRow: { values: { value: 10, unit: 'Days' } },
		allowedNegativeBalance: { values: { value: 2, unit: 'Days' } },
		carryOver: { values: { max: 5, unit: 'Days', validToDay: 30, validToMonth: 6 } },
	};

	/** The body those fields make, written out as the spec's model has it. */
	const REQUIRED_BODY = {
		name: 'Holiday Accrual',
		description: 'Holiday earned per month worked',
		spendingUnit: { type: 'Days' },
		accruingPeriod: { start: { day: 1, month: 4 }, value: 'P1Y' },
		spendingPeriod: { start: { day: 1, month: 4 }, value: 'P1Y' },
		accruingRate: { value: 2.33, unit: { type: 'DaysPerMonth' } },
		firstMonthAccruingRate: 'Calculated',
		maxAccruing: { value: 28, unit: { type: 'DaysPerYear' } },
		workDayLength: { fixedLength: { value: 7.5, unit: { type: 'Hours' } } },
		vacationEarnings: { value: { value: 0, unit: { type: 'Money' } }, calculationPeriod: 'P52W' },
		allowedVacationLengthInRow: { value: 10, unit: { type: 'Days' } },
		allowedNegativeBalance: { value: 2, unit: { type: 'Days' } },
		carryOver: { max: { value: 5, unit: { type: 'Days' } }, validTo: { day: 30, month: 6 } },
	};

	const create = async (extra: INodeParameters = {}) =>
		await planday.run({
			resource: 'absenceAccount',
			operation: 'createAccruedType',
			...REQUIRED,
			startBalance: { values: { value: 0, unit: 'Days' } },
			...extra,
		});

	test('Create Accrued Type posts the spec’s body with its optional fields and outputs the new id', async () => {
		const [created] = json(
			await create({
				additionalFields: {
					accountPriority: 'First',
					employeeTypes: [1, 2],
					renewAutomatically: true,
					salaryCodeCompanyPaid: '4100',
				},
			}),
		);

		const requests = accrued();
		expect(requests.map(requestLine)).toEqual(['POST /absence/v1.0/accounttypes/accrued']);
		expect(requests[0].body).toEqual({
			...REQUIRED_BODY,
			startBalance: { value: 0, unit: { type: 'Days' } },
			accountPriority: 'First',
			employeeTypes: [1, 2],
			renewAutomatically: true,
			salaryCodeCompanyPaid: '4100',
		});
		expect(created).toEqual({ id: expect.any(Number) });
	});

	test('Update Accrued Type puts every required field again, without Start Balance, and Get Accrued Type reads the change', async () => {
		const [{ id }] = json(await create());
		planday.sandbox.server.clearLog();

		const output = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'updateAccruedType',
				accountTypeId: byId(id as number),
				...REQUIRED,
				name: 'Holiday Accrual 2027',
				updateFields: { canEditDaysInRequest: true, accountPriority: 'Last' },
			}),
		);
		const [read] = json(
			await planday.run({
				resource: 'absenceAccount',
				operation: 'getAccruedType',
				accountTypeId: byId(id as number),
			}),
		);

		const requests = accrued();
		expect(requests.map(requestLine)).toEqual([
			`PUT /absence/v1.0/accounttypes/accrued/${id}`,
			`GET /absence/v1.0/accounttypes/accrued/${id}`,
		]);
		expect(requests[0].body).toEqual({
			...REQUIRED_BODY,
			name: 'Holiday Accrual 2027',
			canEditDaysInRequest: true,
			accountPriority: 'Last',
		});
		expect(output).toEqual([{ success: true }]);
		expect(read).toMatchObject({
			id,
			absenceType: 'Accrued',
			name: 'Holiday Accrual 2027',
			accruingRate: { value: 2.33, unit: { type: 'DaysPerMonth' } },
			startBalance: { value: 0, unit: { type: 'Days' } },
		});
	});

	test('a period length an expression leaves empty is refused naming the item and the field; earlier items are sent', async () => {
		const run = await planday.run(
			{
				resource: 'absenceAccount',
				operation: 'createAccruedType',
				...REQUIRED,
				startBalance: { values: { value: 0, unit: 'Days' } },
				accruingPeriod: { values: { startDay: 1, startMonth: 4, length: '={{ $json.length }}' } },
			},
			[{ length: 'P1Y' }, { length: '' }],
		);

		expect(run.error?.message).toBe("No value given for 'Accruing Period › Length' (item 1)");
		expect(accrued().map(requestLine)).toEqual(['POST /absence/v1.0/accounttypes/accrued']);
	});

	test('a unit the spec does not list is refused before sending, naming the field and Planday’s values', async () => {
		const run = await create({ accruingRate: { values: { value: 2, unit: 'DaysPerWeek' } } });

		expect(run.error?.message).toBe(
			'"DaysPerWeek" is not a value Planday takes (Percent, DaysPerMonth, DaysPerYear, HoursPerDay, HoursPerMonth, HoursPerYear) for \'Accruing Rate › Unit\' (item 0)',
		);
		expect(accrued()).toHaveLength(0);
	});

	test('a required nested field removed from the form is refused naming it, as Planday requires it', async () => {
		const run = await create({ carryOver: {} });

		expect(run.error?.message).toBe("No value given for 'Carry Over' (item 0)");
		expect(accrued()).toHaveLength(0);
	});

	test('a day out of range is refused naming the field', async () => {
		const run = await create({
			carryOver: { values: { max: 5, unit: 'Days', validToDay: 32, validToMonth: 6 } },
		});

		expect(run.error?.message).toBe(
			"32 is out of range: give a whole number from 1 to 31 for 'Carry Over › Valid To Day' (item 0)",
		);
		expect(accrued()).toHaveLength(0);
	});

	/** A call straight to the sandbox, as Planday would get it from another client. */
	async function callSandbox(method: string, path: string, body: unknown) {
		const form = new URLSearchParams({
			grant_type: 'refresh_token',
			client_id: planday.sandbox.clientId,
			refresh_token: planday.sandbox.issueRefreshToken(),
		});
		const token = (await (
			await fetch(planday.sandbox.tokenUrl, { method: 'POST', body: form })
		).json()) as { access_token: string };
		const response = await fetch(`${planday.sandbox.url}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${token.access_token}`,
				'x-clientid': planday.sandbox.clientId,
				'content-type': 'application/json',
			},
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as Record<string, unknown> };
	}

	test('the sandbox refuses what the spec’s models refuse: a missing required field, Start Balance on update, an unknown nested property, a unit outside the enum', async () => {
		const withoutName = Object.fromEntries(
			Object.entries(REQUIRED_BODY).filter(([field]) => field !== 'name'),
		);
		const startBalance = { value: 0, unit: { type: 'Days' } };

		const missing = await callSandbox('POST', '/absence/v1.0/accounttypes/accrued', {
			...withoutName,
			startBalance,
		});
		const [{ id }] = json(await create());
		const onUpdate = await callSandbox('PUT', `/absence/v1.0/accounttypes/accrued/${id}`, {
			...REQUIRED_BODY,
			startBalance,
		});
		const nested = await callSandbox('POST', '/absence/v1.0/accounttypes/accrued', {
			...REQUIRED_BODY,
			startBalance,
			carryOver: { ...REQUIRED_BODY.carryOver, validFrom: { day: 1, month: 1 } },
		});
		const unit = await callSandbox('POST', '/absence/v1.0/accounttypes/accrued', {
			...REQUIRED_BODY,
			startBalance,
			maxAccruing: { value: 28, unit: { type: 'Percent' } },
		});

		expect(missing).toEqual({
			status: 400,
			body: {
				type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
				title: 'One or more validation errors occurred.',
				status: 400,
				errors: { '$.name': ['The name field is required.'] },
			},
		});
		expect(onUpdate.status).toBe(400);
		expect(onUpdate.body.errors).toEqual({
			'$.startBalance': [
				"The JSON property 'startBalance' could not be mapped to any .NET member contained in type 'UpdateAccruedAccountTypeInput'.",
			],
		});
		expect(nested.body.errors).toEqual({
			'$.carryOver.validFrom': [
				"The JSON property 'validFrom' could not be mapped to any .NET member contained in type 'CarryOverInput'.",
			],
		});
		expect(unit.body.errors).toEqual({
			'$.maxAccruing.unit.type': ['The JSON value could not be converted to the enum.'],
		});
	});

	test('Update Accrued Type of an account type that is not accrued is Planday’s 400', async () => {
		const run = await planday.run({
			resource: 'absenceAccount',
			operation: 'updateAccruedType',
			accountTypeId: byId(1),
			...REQUIRED,
		});

		expect(run.error?.message).toBe(
			'Planday rejected the request (400): Account type 1 is not of absence type Accrued',
		);
	});
});
