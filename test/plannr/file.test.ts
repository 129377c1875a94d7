import { json } from '../harness/engine';
import { preferredAccount, sentRequests, usePlannr } from './support';

/** Bytes with every value 0–255 (and CR/LF runs that could confuse a multipart parser). */
const sample = (length: number) =>
	Buffer.from(
		Array.from({ length }, (_, index) =>
			index % 7 === 0 ? 13 : index % 11 === 0 ? 10 : (index * 37) % 256,
		),
	);

describe('Plannr file', () => {
	const plannr = usePlannr();
	const folder = () => plannr.sandbox.state.data.folders[0].uuid;
	const uploads = () => plannr.sandbox.server.requests(/^\/api\/v1\/file\/direct-upload$/, 'POST');
	const item = (bytes: Buffer, fileName = 'fact find.pdf', mimeType = 'application/pdf') => ({
		__binary: { data: bytes.toString('base64'), fileName, mimeType },
	});

	test('upload sends multipart name, file, folder and original date; the bytes arrive unchanged (201)', async () => {
		const bytes = sample(70_000);
		const [uploaded] = json(
			await plannr.run(
				{
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					folderUuid: folder(),
					additionalFields: { originalCreatedAt: '2024-11-05T16:00:00+00:00' },
				},
				[item(bytes)],
			),
		);

		expect(uploaded).toMatchObject({
			name: 'fact find.pdf',
			filename: 'fact find.pdf',
			type: 'application/pdf',
			size: 70_000,
			folder: { uuid: folder() },
			original_created_at: '2024-11-05',
		});
		expect(plannr.sandbox.state.files.get(String(uploaded.uuid))?.equals(bytes)).toBe(true);
		expect(sentRequests(plannr)).toEqual(['POST /api/v1/file/direct-upload']);
		const [request] = uploads();
		expect(request.status).toBe(201);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	});

	test('upload with the OAuth2 credential keeps the bytes too', async () => {
		const bytes = sample(4096);
		const [uploaded] = json(
			await plannr.run(
				{
					authentication: 'oAuth2',
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					folderUuid: folder(),
					additionalFields: { name: 'ID scan' },
				},
				[item(bytes, 'id.png', 'image/png')],
			),
		);

		expect(uploaded).toMatchObject({ name: 'ID scan', filename: 'id.png', type: 'image/png' });
		expect(plannr.sandbox.state.files.get(String(uploaded.uuid))?.equals(bytes)).toBe(true);
		expect(uploads()[0].headers.authorization).toMatch(/^Bearer oat-/);
	});

	test('a 429 on upload is retried with the whole file', async () => {
		plannr.sandbox.server.inject({
			kind: 'status',
			status: 429,
			count: 1,
			path: /direct-upload/,
			headers: { 'Retry-After': '0' },
		});
		const bytes = sample(2048);

		const [uploaded] = json(
			await plannr.run(
				{ resource: 'file', operation: 'upload', binaryPropertyName: 'data', folderUuid: folder() },
				[item(bytes)],
			),
		);

		expect(uploads().map((request) => request.status)).toEqual([429, 201]);
		expect(plannr.sandbox.state.files.get(String(uploaded.uuid))?.equals(bytes)).toBe(true);
	});

	test('a missing binary field and an unknown folder read clearly', async () => {
		const missing = await plannr.run(
			{
				resource: 'file',
				operation: 'upload',
				binaryPropertyName: 'attachment',
				folderUuid: folder(),
			},
			[item(sample(10))],
		);
		expect(missing.error?.message).toContain('attachment');
		expect(uploads()).toHaveLength(0);

		const unknownFolder = await plannr.run(
			{
				resource: 'file',
				operation: 'upload',
				binaryPropertyName: 'data',
				folderUuid: '00000000-0000-4000-8000-000000000001',
			},
			[item(sample(10))],
		);
		expect(unknownFolder.error?.message).toBe(
			'Plannr rejected the data (422): folder_uuid: The selected folder uuid is invalid.',
		);
	});
});

describe('Plannr file and document bytes', () => {
	const plannr = usePlannr();

	test('a file uploads from a binary field and a document downloads into one, bytes intact', async () => {
		const bytes = Buffer.from(Array.from({ length: 512 }, (_, index) => (index * 37) % 256));
		const [uploaded] = json(
			await plannr.run(
				{
					resource: 'file',
					operation: 'upload',
					binaryPropertyName: 'data',
					folderUuid: plannr.sandbox.state.data.folders[0].uuid,
					additionalFields: { name: 'Fact find' },
				},
				[
					{
						__binary: {
							data: bytes.toString('base64'),
							fileName: 'factfind.pdf',
							mimeType: 'application/pdf',
						},
					},
				],
			),
		);
		expect(uploaded).toMatchObject({
			name: 'Fact find',
			filename: 'factfind.pdf',
			type: 'application/pdf',
			size: 512,
		});
		expect(plannr.sandbox.state.files.get(String(uploaded.uuid))?.equals(bytes)).toBe(true);

		const document = plannr.sandbox.state.data.documents[0];
		const run = await plannr.run({
			resource: 'document',
			operation: 'download',
			documentId: document.uuid,
			format: 'docx',
			binaryPropertyName: 'report',
		});
		const [item] = run.items;
		expect(item.json).toEqual({ uuid: document.uuid, format: 'docx' });
		expect(item.binary?.report).toMatchObject({
			fileName: `${document.uuid}.docx`,
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		});
		const { documentBytes } = await import('../sandbox/plannr/routes/files');
		expect(
			Buffer.from(item.binary!.report.data, 'base64').equals(documentBytes(document.uuid, 'docx')),
		).toBe(true);
	});
});
