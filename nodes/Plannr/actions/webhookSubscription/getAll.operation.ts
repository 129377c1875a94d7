import { WEBHOOK_SUBSCRIPTIONS_PATH } from '../../transport/paths';
import { filterQuery, list, listOptions } from '../operations';

export const { description, execute } = list({
	resource: 'webhookSubscription',
	operation: 'getAll',
	path: WEBHOOK_SUBSCRIPTIONS_PATH,
	filters: [{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'Comma-separated URLs' }],
	query(itemIndex) {
		return filterQuery.call(this, itemIndex);
	},
});

export const options = listOptions('webhookSubscription', ['created_at', 'updated_at'], []);
