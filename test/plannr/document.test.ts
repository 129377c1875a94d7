import { json } from '../harness/engine';
import { documentBytes } from '../sandbox/plannr/routes/files';
import { expectRefused, preferredAccount, runOne, sentRequests, usePlannr } from './support';

describe('Plannr document', () => {
	const plannr = usePlannr();
	const data = () => plannr.sandbox.state.data;

	test('download puts the rendered PDF, byte for byte, in the named binary field', async () => {
		const document = data().documents[2];

		const run = await plannr.run({ resource: 'document', operation: 'download', documentId: document.uuid, format: 'pdf', binaryPropertyName: 'report' });

		json(run);
		const [item] = run.items;
		expect(item.json).toEqual({ uuid: document.uuid, format: 'pdf' });
		expect(item.binary?.report).toMatchObject({ fileName: `${document.uuid}.pdf`, mimeType: 'application/pdf', fileExtension: 'pdf' });
		const bytes = Buffer.from(item.binary!.report.data, 'base64');
		expect(bytes.equals(documentBytes(document.uuid, 'pdf'))).toBe(true);
		expect(sentRequests(plannr)).toEqual(['GET /api/v1/document/000000e0-0003-4000-8000-000000005ccd/content/pdf']);
		const [request] = plannr.sandbox.server.requests(/\/content\//);
		expect(request.headers['x-plannr-account-uuid']).toBe(preferredAccount(plannr));
	});

	test('downloading an unknown document reads as Plannr’s 404', async () => {
		const run = await plannr.run({ resource: 'document', operation: 'download', documentId: '00000000-0000-4000-8000-00000000abcd', format: 'docx', binaryPropertyName: 'data' });

		expect(run.error?.message).toBe('Plannr could not find the requested record (404): No query results for model [App\\Models\\Document].');
	});

	test('getAll by circle, name and creation date, with includes and sort', async () => {
		const document = data().documents[0];
		const circle = data().circles.find((candidate) => candidate.accounts[0].uuid === document.clients[0].uuid)!;
		const { items } = await runOne(
			plannr,
			{
				resource: 'document',
				operation: 'getAll',
				returnAll: true,
				filters: { circleUuids: circle.uuid, name: 'suitability', createdAfter: '2025-01-01', createdBefore: '2025-12-31' },
				sort: { field: 'created_at', descending: true }, options: { include: ['clients', 'file'] },
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
				{ resource: 'document', operation: 'download', documentId: data().documents[0].uuid, format: `={{ "${format}" }}`, binaryPropertyName: 'data' },
				`"${format}" is not one of pdf, docx for 'Format' (item 0)`,
			);
		},
	);
});
