// The Planday transport: requests (auth, retries), rate budgets and Return All paging.
export * from './request';
export { plandayApiRequestAllItems } from './paging';
export { plandayRetryAfterMs } from './rateLimits';
