import { uuidLocator } from '../common.descriptions';

/** The document in a path, searched by name. */
export const documentLocator = uuidLocator({
	name: 'documentId',
	displayName: 'Document',
	search: 'searchDocuments',
	description: 'The document-builder document',
});
