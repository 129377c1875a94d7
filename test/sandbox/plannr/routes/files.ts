import { parseMultipart, type Router } from '../../http';
import type { PlannrState } from '../index';
import { circlesOf, listResponse, message, notFound, now, validationError } from '../support';

const CONTENT_TYPES: Record<string, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	sfdt: 'application/json',
};

/** Direct file upload (multipart, bytes kept) and document listing and rendering. */
export function registerFileRoutes(router: Router, state: PlannrState) {
	const { data } = state;

	router.post('/api/v1/file/direct-upload', (request) => {
		const parts = parseMultipart(request.rawBody, String(request.headers['content-type'] ?? ''));
		const field = (name: string) => parts.find((part) => part.name === name);
		const errors: Record<string, string[]> = {};
		for (const required of ['name', 'file', 'folder_uuid']) {
			if (!field(required))
				errors[required] = [`The ${required.replace('_', ' ')} field is required.`];
		}
		if (Object.keys(errors).length) return validationError(errors);
		const folderUuid = field('folder_uuid')!.data.toString();
		const folder = data.folders.find((candidate) => candidate.uuid === folderUuid);
		if (!folder) return validationError({ folder_uuid: ['The selected folder uuid is invalid.'] });
		const file = field('file')!;
		const uuid = state.newUuid();
		state.files.set(uuid, file.data);
		return {
			status: 201,
			body: {
				uuid,
				created_at: now(),
				original_created_at: field('original_created_at')?.data.toString() ?? null,
				uploaded_at: now(),
				status: 'uploaded',
				filename: file.filename,
				name: field('name')!.data.toString(),
				extension: file.filename?.split('.').pop(),
				type: file.contentType,
				size: file.data.length,
				progress: 100,
				download_url: `${state.baseUrl()}/files/${uuid}`,
				folder_name: folder.name,
				folder,
			},
		};
	});

	router.get('/api/v1/document', (request) =>
		listResponse(request, data.documents, state.baseUrl(), {
			exact: {
				uuid: (document) => document.uuid,
				client_uuids: (document) =>
					document.clients.map((client: Record<string, string>) => client.uuid),
				circle_uuids: (document) =>
					document.clients.flatMap((client: Record<string, string>) =>
						circlesOf(data, client.uuid),
					),
			},
			includes: ['clients', 'file'],
			partial: { name: (document) => document.name },
			range: {
				created_after: [(document) => document.created_at, 'min'],
				created_before: [(document) => document.created_at, 'max'],
			},
			sorts: ['created_at', 'updated_at'],
			defaultSort: '-updated_at',
		}),
	);
	/** A document as Plannr answers it: the rendered files' public links carry the account. */
	const withLinks = (document: Record<string, any>, accountUuid: string) => ({
		...Object.fromEntries(
			['pdf', 'docx', 'sfdt'].map((format) => [
				`public_${format}_url`,
				`${state.baseUrl()}/document/${document.uuid}/content/${format}?plannr_account_uuid=${accountUuid}`,
			]),
		),
		// A link stored on the record (a test's) wins.
		...document,
	});
	router.get('/api/v1/document/:uuid', (request) => {
		const document = data.documents.find((candidate) => candidate.uuid === request.params.uuid);
		return document
			? { status: 200, body: withLinks(document, String(request.auth.accountUuid)) }
			: notFound('Document');
	});
	// The public link Plannr returns (no /api/v1); it names the account it was issued for.
	router.get('/document/:uuid/content/:format', (request) => {
		const document = data.documents.find((candidate) => candidate.uuid === request.params.uuid);
		const contentType = CONTENT_TYPES[request.params.format];
		if (!document || !contentType) return notFound('Document');
		if (request.query.get('plannr_account_uuid') !== request.auth.accountUuid)
			return message(403, 'This action is unauthorized.');
		return {
			status: 200,
			headers: { 'content-type': contentType },
			body: documentBytes(document.uuid, request.params.format),
		};
	});
	// A guess: the /api/v1 form of the content route, as Plannr's reference once listed it.
	router.get('/api/v1/document/:uuid/content/:format', (request) => {
		const document = data.documents.find((candidate) => candidate.uuid === request.params.uuid);
		const contentType = CONTENT_TYPES[request.params.format];
		if (!document || !contentType) return notFound('Document');
		return {
			status: 200,
			headers: { 'content-type': contentType },
			body: documentBytes(document.uuid, request.params.format),
		};
	});
}

/** Deterministic bytes for a rendered document, including every byte value, so tests can compare exactly. */
export function documentBytes(uuid: string, format: string): Buffer {
	const header = Buffer.from(
		format === 'pdf' ? `%PDF-1.7\n% ${uuid}\n` : `PK\u0003\u0004 ${uuid}\n`,
		'latin1',
	);
	return Buffer.concat([header, Buffer.from(Array.from({ length: 256 }, (_, index) => index))]);
}
