/** An absence request's statuses (Planday Absence OpenAPI: `AbsenceRequestResult.status`). */
export const ABSENCE_REQUEST_STATUSES = ['Submitted', 'Declined', 'Approved', 'Cancelled'] as const;

/**
 * Status values earlier versions of the node offered, which saved workflows may hold, and the
 * status Planday names them by: a request awaiting a decision is Submitted (Planday's own Deny
 * endpoint calls the same requests Pending: "Only absence requests that are Pending can be denied").
 */
export const LEGACY_REQUEST_STATUSES: Record<string, string> = { Pending: 'Submitted' };
