import type { Router, SandboxRequest } from '../../http';
import type { PlandayState } from '../index';
import {
	creationStamps,
	crudRoutes,
	inTimeRange,
	noContent,
	notFound,
	paged,
	problem,
	queryValue,
	requireFields,
	single,
} from '../support';

function employeeFilters(request: SandboxRequest, records: Record<string, any>[]) {
	let result = inTimeRange(
		records,
		'dateTimeCreated',
		queryValue(request, 'createdFrom'),
		queryValue(request, 'createdTo'),
	);
	result = inTimeRange(
		result,
		'dateTimeModified',
		queryValue(request, 'modifiedFrom'),
		queryValue(request, 'modifiedTo'),
	);
	const search = queryValue(request, 'searchQuery')?.toLowerCase();
	if (search) {
		result = result.filter(
			(employee) =>
				[
					employee.firstName,
					employee.lastName,
					employee.email,
					employee.cellPhone,
					employee.salaryIdentifier,
				]
					.filter(Boolean)
					.some((value: string) => `${value}`.toLowerCase().includes(search)) ||
				`${employee.firstName} ${employee.lastName}`.toLowerCase().includes(search),
		);
	}
	return result;
}

const REQUIRED_ON_CREATE = ['firstName', 'lastName', 'userName', 'departments'];
const text = { type: ['string', 'null'] };
const date = { type: ['string', 'null'], format: 'date' };
const ids = { type: ['array', 'null'], items: { type: 'integer' } };

/**
 * The portal's employee form as JSON Schema draft-04, the way `/employees/fielddefinitions`
 * describes it: standard fields, enums in `definitions`, read-only fields and custom fields.
 */
function fieldDefinitions(type: string, employeeTypes: Record<string, any>[]) {
	const properties: Record<string, unknown> = {
		firstName: { type: 'string' },
		lastName: { type: 'string' },
		userName: { type: 'string', format: 'email', unique: true },
		departments: { type: 'array', items: { type: 'integer' } },
		email: text,
		cellPhone: text,
		cellPhoneCountryCode: { $ref: '#/definitions/CountryCode' },
		phone: text,
		street1: text,
		city: text,
		zip: text,
		birthDate: date,
		hiredFrom: date,
		gender: { $ref: '#/definitions/Gender' },
		jobTitle: text,
		employeeGroups: ids,
		skillIds: ids,
		primaryDepartmentId: { type: ['integer', 'null'] },
		employeeTypeId: { $ref: '#/definitions/EmployeeType' },
		salaryIdentifier: text,
		isSupervisor: { type: 'boolean' },
		dateTimeCreated: { type: 'string', format: 'date-time', readOnly: true },
		custom_1001: { type: ['string', 'null'], title: 'T-shirt size' },
		custom_1002: { type: ['number', 'null'], title: 'Locker number' },
	};
	if (type === 'Put') properties.supervisorId = { type: ['integer', 'null'] };
	return {
		$schema: 'http://json-schema.org/draft-04/schema#',
		type: 'object',
		portalId: 4711,
		required: type === 'Post' ? REQUIRED_ON_CREATE : [],
		properties,
		definitions: {
			CountryCode: { type: 'string', enum: ['DK', 'GB', 'NO', 'SE'] },
			Gender: { type: 'string', enum: ['Male', 'Female'] },
			EmployeeType: { type: 'integer', enum: employeeTypes.map((employeeType) => employeeType.id) },
		},
	};
}

export function registerHrRoutes(router: Router, state: PlandayState) {
	const { data } = state;
	const findActive = (id: string) =>
		data.employees.find((candidate) => String(candidate.id) === id);
	const history = new Map<number, Record<string, any>[]>();
	const now = () => state.now().toISOString();
	const validDepartments = (departments: unknown) =>
		Array.isArray(departments) &&
		departments.length > 0 &&
		departments.every((id) => data.departments.some((department) => department.id === Number(id)));

	router.get('/hr/v1.0/employees', (request) =>
		paged(request, employeeFilters(request, data.employees)),
	);

	router.get('/hr/v1.0/employees/deactivated', (request) => {
		const deactivated = inTimeRange(
			data.deactivatedEmployees,
			'deactivationDate',
			queryValue(request, 'deactivatedFrom'),
			queryValue(request, 'deactivatedTo'),
		);
		return paged(request, employeeFilters(request, deactivated));
	});

	router.get('/hr/v1.0/employees/fielddefinitions', (request) => {
		const type = queryValue(request, 'type') ?? 'Post';
		if (type !== 'Post' && type !== 'Put')
			return problem(400, 'Bad Request', `Unknown field definition type ${type}`);
		return single(fieldDefinitions(type, data.employeeTypes));
	});

	router.get('/hr/v1.0/employees/supervisors', (request) =>
		paged(
			request,
			data.employees
				.filter((employee) => employee.isSupervisor)
				.map((employee, index) => ({
					id: 7001 + index,
					employeeId: employee.id,
					name: `${employee.firstName} ${employee.lastName}`,
				})),
		),
	);

	router.get('/hr/v1.0/employees/:employeeId', (request) => {
		const employee = findActive(request.params.employeeId);
		if (!employee) return notFound('Employee', request.params.employeeId);
		return single(employee);
	});

	router.get('/hr/v1.0/employees/:employeeId/history', (request) => {
		if (!findActive(request.params.employeeId))
			return notFound('Employee', request.params.employeeId);
		const changes = inTimeRange(
			history.get(Number(request.params.employeeId)) ?? [],
			'modificationDateTime',
			queryValue(request, 'startDateTime'),
			queryValue(request, 'endDateTime'),
		);
		return paged(request, changes);
	});

	router.post('/hr/v1.0/employees', (request) => {
		const invalid = requireFields(request.body, REQUIRED_ON_CREATE);
		if (invalid) return invalid;
		if (request.body.supervisorId !== undefined)
			return problem(400, 'Bad Request', 'supervisorId cannot be set when creating an employee');
		if (!validDepartments(request.body.departments))
			return { status: 409, body: { message: 'You need to supply a valid employee to save' } };
		const [createdAt, modifiedAt] = creationStamps(state.now(), state.timeZone);
		const employee = {
			...request.body,
			id: state.nextId(),
			dateTimeCreated: createdAt,
			dateTimeModified: modifiedAt,
			deactivationDate: null,
		};
		data.employees.push(employee);
		return single(employee);
	});

	router.put('/hr/v1.0/employees/:employeeId', (request) => {
		const employee = findActive(request.params.employeeId);
		if (!employee) return notFound('Employee', request.params.employeeId);
		if (request.body?.departments !== undefined && !validDepartments(request.body.departments)) {
			return { status: 409, body: { message: 'You need to supply a valid employee to save' } };
		}
		const changes = Object.entries(request.body ?? {}).map(([path, value]) => ({
			op: 'replace',
			path: `/${path}`,
			value,
			modificationDateTime: now(),
			modifiedBy: 'API',
		}));
		history.set(employee.id, [...(history.get(employee.id) ?? []), ...changes]);
		Object.assign(employee, request.body, { id: employee.id, dateTimeModified: now() });
		return noContent;
	});

	router.put('/hr/v1.0/employees/:employeeId/change_username', (request) => {
		const employee = findActive(request.params.employeeId);
		if (!employee) return notFound('Employee', request.params.employeeId);
		const invalid = requireFields(request.body, ['newUsername']);
		if (invalid) return invalid;
		if (!/^[^@\s]+@[^@\s]+$/.test(request.body.newUsername))
			return problem(400, 'Bad Request', 'The user name must be an email address');
		if (
			data.employees.some(
				(other) =>
					other !== employee &&
					String(other.userName).toLowerCase() === request.body.newUsername.toLowerCase(),
			)
		) {
			return problem(409, 'Conflict', 'The user name is taken');
		}
		employee.userName = request.body.newUsername;
		return noContent;
	});

	// Custom-field values (images, attachments): DELETE clears one and answers a bare `true`.
	const customValue = (request: SandboxRequest) => {
		const employee = findActive(request.params.employeeId);
		const field = employee?.[request.params.name];
		return { employee, field };
	};
	const jsonValue = (value: unknown) => ({
		status: 200,
		body: JSON.stringify(value),
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
	router.delete('/hr/v1.0/employees/:employeeId/customfields/:name/value', (request) => {
		const { employee, field } = customValue(request);
		if (!employee) return notFound('Employee', request.params.employeeId);
		if (!field)
			return problem(404, 'Not Found', `Custom field ${request.params.name} doesn't exist`);
		field.value = null;
		return jsonValue(true);
	});

	/**
	 * An image custom field read, filled or replaced: the value is one JSON string holding a base64
	 * data URI, in the request body and in the answer. GUESS (stricter than documented): only image
	 * types are taken; reading a field without a value is a 404; POST refuses a field that has a value
	 * and PUT one that has none; POST and PUT answer the stored value.
	 */
	const imageField = (request: SandboxRequest) => {
		const { employee, field } = customValue(request);
		if (!employee) return { refused: notFound('Employee', request.params.employeeId) };
		if (!field)
			return {
				refused: problem(404, 'Not Found', `Custom field ${request.params.name} doesn't exist`),
			};
		if (field.type !== 'Image')
			return {
				refused: problem(
					400,
					'Bad Request',
					`Custom field ${request.params.name} is not an image field`,
				),
			};
		return { field };
	};
	const imageValue = (request: SandboxRequest) => {
		const json = String(request.headers['content-type'] ?? '').startsWith('application/json');
		const value = json ? request.body : undefined;
		if (typeof value !== 'string')
			return {
				refused: problem(
					400,
					'Bad Request',
					'The request body must be a JSON string holding a base64 data URI',
				),
			};
		if (!/^data:image\/[\w.+-]+;base64,[A-Za-z0-9+/]+={0,2}$/.test(value))
			return {
				refused: problem(400, 'Bad Request', 'The value is not a base64 data URI of an image'),
			};
		return { value };
	};
	router.get('/hr/v1.0/employees/:employeeId/customfields/:name/value', (request) => {
		const { field, refused } = imageField(request);
		if (refused) return refused;
		if (!field.value)
			return problem(404, 'Not Found', `Custom field ${request.params.name} has no value`);
		return jsonValue(field.value);
	});
	for (const method of ['POST', 'PUT'] as const) {
		router.add(method, '/hr/v1.0/employees/:employeeId/customfields/:name/value', (request) => {
			const { field, refused } = imageField(request);
			if (refused) return refused;
			if (method === 'POST' && field.value)
				return problem(
					409,
					'Conflict',
					`Custom field ${request.params.name} already has a value; update it instead`,
				);
			if (method === 'PUT' && !field.value)
				return problem(
					404,
					'Not Found',
					`Custom field ${request.params.name} has no value to update`,
				);
			const body = imageValue(request);
			if (body.refused) return body.refused;
			field.value = body.value;
			return jsonValue(field.value);
		});
	}

	// GUESS: the shape of the termination types (Planday's spec lists the route without a schema).
	router.get('/hr/v1.0/terminationtypes', () =>
		single([
			{ id: 1, name: 'Resignation' },
			{ id: 2, name: 'Dismissal' },
			{ id: 3, name: 'End of contract' },
		]),
	);

	router.put('/hr/v1.0/employees/deactivate/:employeeId', (request) => {
		const employee = findActive(request.params.employeeId);
		if (!employee) return problem(400, 'Bad Request', 'Employee id is invalid');
		if (
			request.body?.terminationTypeId !== undefined &&
			![1, 2, 3].includes(request.body.terminationTypeId)
		)
			return problem(400, 'Bad Request', 'Unknown termination type');
		data.employees.splice(data.employees.indexOf(employee), 1);
		const savedAt = now();
		const date = request.body?.date ? `${request.body.date}T00:00:00Z` : savedAt;
		data.deactivatedEmployees.push({
			...employee,
			deactivationDate: date,
			dateTimeDeleted: savedAt,
			dateTimeModified: savedAt,
			deactivationReason: request.body?.reason ?? null,
		});
		return noContent;
	});

	router.put('/hr/v1.0/employees/reactivate/:employeeId', (request) => {
		const employee = data.deactivatedEmployees.find(
			(candidate) => String(candidate.id) === request.params.employeeId,
		);
		if (!employee) return problem(400, 'Bad Request', 'Employee id is invalid');
		// Departments are optional; without them the employee keeps the ones they had.
		const departments = request.body?.departments;
		if (departments !== undefined && !validDepartments(departments))
			return problem(400, 'Bad Request', 'Unknown department');
		data.deactivatedEmployees.splice(data.deactivatedEmployees.indexOf(employee), 1);
		data.employees.push({
			...employee,
			departments: departments ?? employee.departments,
			deactivationDate: null,
			dateTimeDeleted: null,
			dateTimeModified: now(),
		});
		return noContent;
	});
}

export function registerHrCollectionRoutes(router: Router, state: PlandayState) {
	const { data, nextId } = state;
	crudRoutes(router, '/hr/v1.0/departments', () => data.departments, {
		what: 'Department',
		required: ['name'],
		nextId,
	});
	crudRoutes(router, '/hr/v1.0/employeegroups', () => data.employeeGroups, {
		what: 'Employee group',
		required: ['name'],
		nextId,
	});
	// The ids of a department's or a group's active employees, in one answer without paging.
	const members = (field: 'departments' | 'employeeGroups', id: string) =>
		single(
			data.employees
				.filter((employee) => (employee[field] ?? []).includes(Number(id)))
				.map((employee) => ({ employeeId: employee.id })),
		);
	router.get('/hr/v1.0/departments/:id/employees', (request) =>
		data.departments.some((department) => String(department.id) === request.params.id)
			? members('departments', request.params.id)
			: notFound('Department', request.params.id),
	);
	router.get('/hr/v1.0/employeegroups/:id/employees', (request) =>
		data.employeeGroups.some((group) => String(group.id) === request.params.id)
			? members('employeeGroups', request.params.id)
			: notFound('Employee group', request.params.id),
	);
	router.get('/hr/v1.0/employeetypes', (request) => paged(request, data.employeeTypes));

	// Skills: a bare array, and update/delete name the skill in the query string.
	const findSkill = (request: SandboxRequest) =>
		data.skills.find((skill) => String(skill.skillId) === queryValue(request, 'skillId'));
	router.get('/hr/v1.0/skills', () => ({ status: 200, body: data.skills }));
	router.post('/hr/v1.0/skills', (request) => {
		const invalid = requireFields(request.body, ['name', 'isTimeLimited']);
		if (invalid) return invalid;
		data.skills.push({ description: '', ...request.body, skillId: nextId() });
		return noContent;
	});
	router.put('/hr/v1.0/skills', (request) => {
		const skill = findSkill(request);
		if (!skill) return problem(404, 'Not Found', 'Skill not found');
		const invalid = requireFields(request.body, ['name', 'isTimeLimited']);
		if (invalid) return invalid;
		Object.assign(skill, request.body);
		return noContent;
	});
	router.delete('/hr/v1.0/skills', (request) => {
		const skill = findSkill(request);
		if (!skill) return problem(404, 'Not Found', 'Skill not found');
		data.skills.splice(data.skills.indexOf(skill), 1);
		return noContent;
	});
}
