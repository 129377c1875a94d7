import { pickFields } from '../../nodes/shared/records';
import {
	splitIntoWindows,
	toDateOnly,
	toLocalDateTime,
	toUtcDateTime,
} from '../../nodes/shared/dates';
import { pathSegment } from '../../nodes/shared/http/urls';
import { definedEntries, isEmptyValue } from '../../nodes/shared/parameters';

describe('pathSegment', () => {
	test('encodes a value so it stays one segment', () => {
		expect(pathSegment(' 101 ')).toBe('101');
		expect(pathSegment('a/b?c#d')).toBe('a%2Fb%3Fc%23d');
		expect(pathSegment(42)).toBe('42');
	});

	test.each([
		['', "'Employee' is empty"],
		['   ', "'Employee' is empty"],
		['.', `"." is not a valid value for 'Employee'`],
		['..', `".." is not a valid value for 'Employee'`],
		[' .. ', `".." is not a valid value for 'Employee'`],
	])('refuses %j, naming the field', (value, message) => {
		expect(() => pathSegment(value, 'Employee')).toThrow(message);
	});
});

describe('empty values', () => {
	test.each([[''], ['  '], [undefined], [null], [[]], [{ __rl: true, mode: 'list', value: '' }]])(
		'%j is empty',
		(value) => {
			expect(isEmptyValue(value)).toBe(true);
		},
	);

	test.each([[0], [false], ['x'], [[1]], [{ __rl: true, mode: 'id', value: '7' }]])(
		'%j is a value',
		(value) => {
			expect(isEmptyValue(value)).toBe(false);
		},
	);

	test('definedEntries keeps zeros and false, drops empty text and lists', () => {
		expect(definedEntries({ a: '', b: 0, c: false, d: [], e: 'x', f: null })).toEqual({
			b: 0,
			c: false,
			e: 'x',
		});
	});
});

describe('dates', () => {
	test('a date keeps its calendar day as written', () => {
		expect(toDateOnly('2026-11-03T23:30:00+05:00')).toBe('2026-11-03');
		expect(toDateOnly(new Date('2026-11-03T12:00:00Z'))).toBe('2026-11-03');
	});

	test('a UTC date-time reads zoneless text as UTC and converts zoned values', () => {
		expect(toUtcDateTime('2026-11-01T10:00:00')).toBe('2026-11-01T10:00:00Z');
		expect(toUtcDateTime('2026-11-01')).toBe('2026-11-01T00:00:00Z');
		expect(toUtcDateTime('2026-11-01T10:00:00+01:00')).toBe('2026-11-01T09:00:00Z');
	});

	test('a local date-time keeps the wall-clock time and drops the zone', () => {
		expect(toLocalDateTime('2026-11-03T08:00:00.000+01:00')).toBe('2026-11-03T08:00:00');
		expect(toLocalDateTime('2026-11-03 08:15')).toBe('2026-11-03T08:15:00');
		expect(toLocalDateTime('2026-11-03')).toBe('2026-11-03T00:00:00');
	});

	test('text that is no date is refused', () => {
		expect(() => toUtcDateTime('soon')).toThrow('"soon" is not a valid date');
	});

	test('a range splits into windows of at most the given days, sharing their boundaries', () => {
		const windows = splitIntoWindows(
			new Date('2026-10-01T00:00:00Z'),
			new Date('2026-12-02T00:00:00Z'),
			31,
		);
		expect(windows.map(([from, to]) => [from.toISOString(), to.toISOString()])).toEqual([
			['2026-10-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
			['2026-11-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z'],
		]);
	});
});

describe('pickFields', () => {
	test('keeps only the listed fields the record has', () => {
		expect(
			pickFields({ id: 1, firstName: 'Anna', ssn: undefined, gender: 'Female' }, [
				'id',
				'firstName',
				'email',
			]),
		).toEqual({ id: 1, firstName: 'Anna' });
	});
});
