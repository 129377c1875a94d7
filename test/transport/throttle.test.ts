import { RequestThrottle, type Booking } from '../../nodes/shared/throttle';

/**
 * The client-side budget on an injected clock: each test books requests at given times and asks
 * when the next may leave, so nothing here depends on how busy the machine is.
 */
const PER_SECOND = [{ limit: 20, windowMs: 1_000 }];

/** Books a request sent at `sentAt`, answered `roundTrip` ms later (null: still in flight). */
function book(throttle: RequestThrottle, sentAt: number, roundTrip: number | null = 50): Booking {
	const booking: Booking = { sentAt };
	throttle.record(booking);
	if (roundTrip !== null) booking.answeredAt = sentAt + roundTrip;
	return booking;
}

describe('RequestThrottle: the even clock', () => {
	test('paces the shortest window evenly: 20 in 1,000 ms is one every 50 ms', () => {
		const throttle = new RequestThrottle(PER_SECOND, 1_000);
		book(throttle, 0);

		expect(throttle.earliestSlot(0)).toBe(50);
	});

	test('a request sent late is made up by the next one: the clock keeps its own time', () => {
		const throttle = new RequestThrottle(PER_SECOND, 1_000);
		book(throttle, 0);
		// Due at 50, its timer fired 10 ms late.
		book(throttle, 60);

		// Spacing from the late send would make it 110, and every late timer would cost throughput.
		expect(throttle.earliestSlot(60)).toBe(100);
	});

	test('after a pause the clock starts again: no burst of the requests it missed', () => {
		const throttle = new RequestThrottle(PER_SECOND, 1_000);
		book(throttle, 0);
		book(throttle, 5_000);

		// At most half an interval is made up.
		expect(throttle.earliestSlot(5_000)).toBe(5_025);
	});
});

describe('RequestThrottle: requests counted where the server counts them', () => {
	test('a request held up on the way counts that much later, so the request a window after it waits longer', () => {
		const throttle = new RequestThrottle([{ limit: 2, windowMs: 1_000 }]);
		// Answered after 300 ms where 50 ms is typical: the server counted it about 250 ms after it was sent.
		book(throttle, 0, 300);
		book(throttle, 100);
		book(throttle, 1_100);

		// Counted at their send times, the window would have room again at 1,100 ms.
		expect(throttle.earliestSlot(1_100)).toBe(1_250);
	});

	test('a request still in flight may arrive at any moment: it keeps its place in the window until answered', () => {
		const throttle = new RequestThrottle([{ limit: 2, windowMs: 1_000 }]);
		book(throttle, 0, null);
		book(throttle, 100);
		book(throttle, 1_100);

		expect(throttle.earliestSlot(1_200)).toBe(2_100);
	});

	test('a request is forgotten once its answer has left the longest window', () => {
		const throttle = new RequestThrottle([{ limit: 5, windowMs: 1_000 }]);
		book(throttle, 0, 400);
		book(throttle, 1_200);
		expect(throttle.booked).toBe(2);

		book(throttle, 1_500);
		expect(throttle.booked).toBe(2);
	});
});

describe("RequestThrottle: the server's word on the budget", () => {
	test('alone on the bucket, the headers leave the documented budget as it is', () => {
		const throttle = new RequestThrottle(PER_SECOND);
		const bookings = Array.from({ length: 5 }, (_, index) => book(throttle, index * 50));

		throttle.observeServer(20, 1_000, 15, bookings[4], 260);

		for (let index = 5; index < 20; index++) book(throttle, 250 + index);
		expect(throttle.earliestSlot(300)).toBe(1_000);
	});

	test.each([
		['never raises a budget above the documented limit', 100, 20],
		['a lower limit in the headers lowers the budget', 10, 10],
	])('%s', (_title, serverLimit, budget) => {
		const throttle = new RequestThrottle(PER_SECOND);
		const first = book(throttle, 0);

		throttle.observeServer(serverLimit, 1_000, serverLimit - 1, first, 60);

		for (let index = 1; index < budget; index++) book(throttle, index);
		expect(throttle.earliestSlot(100)).toBe(1_000);
	});

	test('shared with another process in a short window: the room left is taken in proportion to our use', () => {
		const throttle = new RequestThrottle(PER_SECOND);
		const bookings = Array.from({ length: 5 }, (_, index) => book(throttle, index * 50));

		// The server counted 15 (5 of them ours): 5 remain. Ours: 5 + 5 × 5 / 15 = 6.67, so 6.
		throttle.observeServer(20, 1_000, 5, bookings[4], 260);

		book(throttle, 260);
		expect(throttle.earliestSlot(300)).toBe(1_000);
	});

	test('shared in a short window, the smaller user may take a single request of room the shares leave over', () => {
		const throttle = new RequestThrottle(PER_SECOND);
		const bookings = [0, 50, 100].map((sentAt) => book(throttle, sentAt));

		// 19 counted, 3 of them ours: in proportion, 3 + 1 × 3 / 19 is still 3.
		throttle.observeServer(20, 1_000, 1, bookings[2], 160);

		expect(throttle.earliestSlot(160)).toBe(160);
		book(throttle, 160);
		expect(throttle.earliestSlot(200)).toBe(1_000);
	});

	test('shared in a short window, the bigger user gives requests back once the window is full, and keeps to that for a window', () => {
		const throttle = new RequestThrottle(PER_SECOND);
		const bookings = Array.from({ length: 16 }, (_, index) => book(throttle, index * 10));

		// The window is full, 16 of the 20 ours: half the way to an even split is 3 requests back, 13 kept.
		throttle.observeServer(20, 1_000, 0, bookings[15], 200);
		expect(throttle.earliestSlot(200)).toBe(1_030);

		// Room appears (the other takes it), and within the window we keep to 13.
		throttle.observeServer(20, 1_000, 2, bookings[15], 300);
		expect(throttle.earliestSlot(300)).toBe(1_030);
	});

	test('shared in a long window: the room left is ours but for one request', () => {
		const throttle = new RequestThrottle([{ limit: 500, windowMs: 61_000 }]);
		const bookings = Array.from({ length: 3 }, (_, index) => book(throttle, index * 100));

		// 490 counted, 3 of them ours: 10 remain, of which we may use 9.
		throttle.observeServer(500, 60_000, 10, bookings[2], 400);

		for (let index = 0; index < 8; index++) book(throttle, 400 + index);
		expect(throttle.earliestSlot(500)).toBe(500);
		book(throttle, 500);
		expect(throttle.earliestSlot(600)).toBe(61_000);
	});

	test("the server's word lapses after two windows without a new answer", () => {
		const throttle = new RequestThrottle(PER_SECOND);
		const first = book(throttle, 0);
		throttle.observeServer(5, 1_000, 4, first, 60);
		for (let index = 1; index < 5; index++) book(throttle, index);
		expect(throttle.earliestSlot(100)).toBe(1_000);

		for (let index = 0; index < 5; index++) book(throttle, 2_100 + index);
		expect(throttle.earliestSlot(2_200)).toBe(2_200);
	});
});
