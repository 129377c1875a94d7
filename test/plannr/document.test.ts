import { json } from '../harness/engine';
import { documentBytes } from '../sandbox/plannr/routes/files';
import {
	expectRefused,
	preferredAccount,
	runOne,
	sentRequests,
	JULY_2026,
	usePlannr,
	testRequests,
} from './support';

describe('Plannr document', () => {
	const plannr = usePlannr({ now: JULY_2026 });
	const data = () => plannr.sandbox.state.data;

	test('download puts the rendered PDF, byte for byte, in the named binary field', async () => {
		const document = data().documents[2];

		const run = await plannr.run({
			resource: 'document',
			operation: 'download',
			documentId: document.uuid,
			format: 'pdf',
			binaryPropertyName: 'report',
		});

		json(run);
		const [item] = run.items;
		expect(item.json).toEqual({ uuid: document.uuid, format: 'pdf' });
		expect(item.binary?.report).toMatchObject({
			fileName: `${document.uuid}.pdf`,
			mimeType: 'application/pdf',
			fileExtension: 'pdf',
		});
		const bytes = Buffer.from(item.binary!.report.data, 'base64');
		expect(bytes.equals(documentBytes(document.uuid, 'pdf'))).toBe(true);
		// The document first, then the public PDF link Plannr returned in it (no /api/v1 there).
		expect(sentRequests(plannr)).toEqual([
			'GET /api/v1/document/000000e0-0003-4000-8000-000000005ccd',
			'GET /document/000000e0-0003-4000-8000-000000005ccd/content/pdf?plannr_account_uuid=00000030-0002-4000-8000-000000003dde',
		]);
		const [request] = plannr.sandbox.server.requests(/\/content\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	});

	test.each([
		['pdf', 2, '000000e0-0003-4000-8000-000000005ccd'],
		['docx', 1, '000000e0-0002-4000-8000-000000003dde'],
	])(
		'download of a %s link that answers an HTML page (200, text/html) fails naming the document',
		async (format, index, uuid) => {
			const document = data().documents[index];
			plannr.sandbox.server.inject({ kind: 'html', status: 200, count: 1, path: /\/content\// });

			const run = await plannr.run({
				resource: 'document',
				operation: 'download',
				documentId: document.uuid,
				format,
				binaryPropertyName: 'data',
			});

			expect(run.error?.name).toBe('NodeApiError');
			expect(run.error?.message).toBe(
				`Plannr's ${format.toUpperCase()} link for document ${uuid} answered an HTML page, not the ${format.toUpperCase()} file (item 0)`,
			);
			expect(sentRequests(plannr)).toEqual([
				`GET /api/v1/document/${uuid}`,
				`GET /document/${uuid}/content/${format}?plannr_account_uuid=00000030-0002-4000-8000-000000003dde`,
			]);
		},
	);

	test('download refuses a link Plannr returned on another origin, and sends it nothing', async () => {
		const document = data().documents[1];
		document.public_docx_url =
			'https://files.example.net/document/000000e0-0002-4000-8000-000000003dde/content/docx';
		try {
			const run = await plannr.run({
				resource: 'document',
				operation: 'download',
				documentId: document.uuid,
				format: 'docx',
				binaryPropertyName: 'data',
			});
			expect(run.error?.message).toMatch(/files\.example\.net/);
			expect(sentRequests(plannr)).toEqual([
				'GET /api/v1/document/000000e0-0002-4000-8000-000000003dde',
			]);
		} finally {
			delete document.public_docx_url;
		}
	});

	test('download of a document without the format’s link says so', async () => {
		const document = data().documents[3];
		document.public_pdf_url = null;
		try {
			const run = await plannr.run({
				resource: 'document',
				operation: 'download',
				documentId: document.uuid,
				format: 'pdf',
				binaryPropertyName: 'data',
			});
			expect(run.error?.message).toBe(
				'Plannr returned no PDF link (public_pdf_url) for document 000000e0-0004-4000-8000-000000007bbc (item 0)',
			);
		} finally {
			delete document.public_pdf_url;
		}
	});

	test('get returns the document with its public links', async () => {
		const { items } = await runOne(
			plannr,
			{ resource: 'document', operation: 'get', documentId: data().documents[0].uuid },
			'GET /api/v1/document/000000e0-0001-4000-8000-000000001eef',
		);
		expect(items).toEqual([
			expect.objectContaining({
				uuid: '000000e0-0001-4000-8000-000000001eef',
				name: 'Suitability report 1',
				public_pdf_url: `${plannr.sandbox.url}/document/000000e0-0001-4000-8000-000000001eef/content/pdf?plannr_account_uuid=00000030-0002-4000-8000-000000003dde`,
				public_docx_url: expect.stringMatching(/\/content\/docx\?plannr_account_uuid=/),
			}),
		]);
	});

	test('downloading an unknown document reads as Plannr’s 404', async () => {
		const run = await plannr.run({
			resource: 'document',
			operation: 'download',
			documentId: '00000000-0000-4000-8000-00000000abcd',
			format: 'docx',
			binaryPropertyName: 'data',
		});

		expect(run.error?.message).toBe(
			'Plannr could not find the requested record (404): No query results for model [App\\Models\\Document].',
		);
	});

	test('getAll by circle, name and creation date, with includes and sort', async () => {
		const document = data().documents[0];
		const circle = data().circles.find(
			(candidate) => candidate.accounts[0].uuid === document.clients[0].uuid,
		)!;
		const { items } = await runOne(
			plannr,
			{
				resource: 'document',
				operation: 'getAll',
				returnAll: true,
				filters: {
					circleUuids: circle.uuid,
					name: 'suitability',
					createdAfter: '2025-01-01',
					createdBefore: '2025-12-31',
				},
				sort: { field: 'created_at', descending: true },
				options: { include: ['clients', 'file'] },
			},
			'GET /api/v1/document?filter[circle_uuids]=000000b0-0001-4000-8000-000000001eef&filter[created_after]=2025-01-01&filter[created_before]=2025-12-31&filter[name]=suitability&include=clients,file&page=1&per_page=500&sort=-created_at',
		);
		expect(items.map((item) => item.uuid)).toEqual([document.uuid]);
	});

	test.each(['../../../account?page=1&per_page=500', '..', '.', 'pdf/../../../../account', 'PDF'])(
		'a format of "%s" from an expression never reaches Plannr',
		async (format) => {
			await expectRefused(
				plannr,
				{
					resource: 'document',
					operation: 'download',
					documentId: data().documents[0].uuid,
					format: `={{ "${format}" }}`,
					binaryPropertyName: 'data',
				},
				`"${format}" is not one of pdf, docx for 'Format' (item 0)`,
			);
		},
	);
});

describe('Plannr document requests', () => {
	const plannr = usePlannr();

	testRequests(plannr, [
		{
			title: 'document getAll',
			parameters: (plannr) => ({
				resource: 'document',
				operation: 'getAll',
				returnAll: true,
				filters: { clientUuids: plannr.sandbox.state.data.documents[0].clients[0].uuid },
			}),
			request:
				'GET /api/v1/document?filter[client_uuids]=00000030-003d-4000-8000-000000075ef3&page=1&per_page=500',
			output: (items) => expect(items).toHaveLength(1),
		},
	]);
});
