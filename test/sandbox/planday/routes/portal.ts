import type { Router } from '../../http';
import type { PlandayState } from '../index';
import { single } from '../support';

export function registerPortalRoutes(router: Router, state: PlandayState) {
	router.get('/portal/v1.0/info', () => single(state.data.portal));
}
