// The Plannr transport: requests (settings, the account header), rate budgets and Return All paging.
export * from './request';
export { plannrApiRequestAllItems, PLANNR_MAX_PAGE_SIZE } from './paging';
export { plannrRateLimit, plannrRetryAfterMs } from './rateLimits';
