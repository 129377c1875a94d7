import { unpagedList } from '../operations';

// Planday answers this one with a bare array, not the usual paged envelope.
export const { description, execute } = unpagedList({
	resource: 'skill',
	operation: 'getAll',
	path: '/hr/v1.0/skills',
	scope: 'skill:read',
	withLimit: true,
});
