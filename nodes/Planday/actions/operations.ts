import { operationBuilders } from '../../shared/operations';
import { MAX_PAGE_SIZE, plandayApiRequest, plandayApiRequestAllItems, unwrapData } from '../transport';
import { plandayIdLocator } from './common.descriptions';
import { idParameter } from './helpers';

export { optionalFields, showFor, type IdSpec } from '../../shared/operations';

/** The shared operation builders, wired to the Planday transport. */
export const { getById, deleteById, list, unpagedList, endpoint } = operationBuilders({
	request: async (context, request) => await plandayApiRequest.call(context, request),
	requestAll: async (context, request, limit, pageSize = MAX_PAGE_SIZE.default) =>
		await plandayApiRequestAllItems.call(context, request, pageSize, limit),
	unwrap: unwrapData,
	idLocator: (id) => plandayIdLocator(id.name, id.displayName, id.search, id.description),
	idParameter,
});
