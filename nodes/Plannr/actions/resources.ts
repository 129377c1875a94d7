import * as account from './account/Account.resource';
import * as user from './user/User.resource';

/** Every Plannr resource, keyed by its `resource` parameter value. */
export const resources = { account, user };
