import type { Router } from '../../http';
import type { PlannrState } from '../index';
import { notFound, now, refuseUnknownFields, requireFields, validationError } from '../support';

const NATIONALITIES = ['British', 'Irish', 'French', 'Polish', 'Indian'];

/** The firm's task statuses and Plannr's static lookups. */
export function registerSettingsRoutes(router: Router, state: PlannrState) {
	const { data } = state;
	const invalidPosition = (body: Record<string, any>) =>
		body.position !== undefined && !(Number.isInteger(body.position) && body.position >= 0)
			? validationError({ position: ['The position field must be an integer.'] })
			: undefined;

	// apidocs `operation-postapiv1taskstatus`: `{ name (required), colour }`, answered 201.
	router.post('/api/v1/task-status', (request) => {
		const invalid =
			refuseUnknownFields(request.body, ['name', 'colour']) ??
			requireFields(request.body, ['name']);
		if (invalid) return invalid;
		const status = {
			uuid: state.newUuid(),
			name: request.body.name,
			colour: request.body.colour ?? null,
			position: data.taskStatuses.length,
			is_type_completed: false,
			is_archived: false,
			is_not_started: false,
			created_at: now(),
			updated_at: now(),
		};
		data.taskStatuses.push(status);
		return { status: 201, body: status };
	});
	// apidocs `operation-put-api-v1-task-status-parameter`: `{ name, colour, position }`; "You
	// cannot update a completed statuses details except it's position".
	router.put('/api/v1/task-status/:uuid', (request) => {
		const status = data.taskStatuses.find((record) => record.uuid === request.params.uuid);
		if (!status) return notFound('TaskStatus');
		const body = request.body ?? {};
		const invalid =
			refuseUnknownFields(body, ['name', 'colour', 'position']) ?? invalidPosition(body);
		if (invalid) return invalid;
		// GUESS: the refusal's shape is not documented; a 422 on the first detail sent.
		const detail = ['name', 'colour'].find((field) => body[field] !== undefined);
		if (status.is_type_completed && detail)
			return validationError({
				[detail]: ["You cannot update a completed statuses details except it's position."],
			});
		Object.assign(status, body, { updated_at: now() });
		return { status: 200, body: status };
	});

	// GUESS: not in Plannr's reference; an independent public client reads `data[].nationality`
	// from this route, unpaged.
	router.get('/api/v1/static/nationalities', () => ({
		status: 200,
		body: { data: NATIONALITIES.map((nationality) => ({ nationality })) },
	}));
}
