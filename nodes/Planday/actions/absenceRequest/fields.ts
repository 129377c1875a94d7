import type { INodeProperties } from 'n8n-workflow';

import { plandayIdLocator } from '../common.descriptions';

/** An absence request's statuses (Planday Absence OpenAPI: `AbsenceRequestResult.status`). */
export const ABSENCE_REQUEST_STATUSES = ['Submitted', 'Declined', 'Approved', 'Cancelled'] as const;

/**
 * The absence types a request or a draft takes (Planday Absence OpenAPI:
 * `AbsenceRequestInputModel.absenceType`, the draft's `absenceType` query).
 */
export const ABSENCE_TYPES = ['Vacation', 'Absence', 'Flextime', 'Accrued'];

/**
 * Status values earlier versions of the node offered, which saved workflows may hold, and the
 * status Planday names them by: a request awaiting a decision is Submitted (Planday's own Deny
 * endpoint calls the same requests Pending: "Only absence requests that are Pending can be denied").
 */
export const LEGACY_REQUEST_STATUSES: Record<string, string> = { Pending: 'Submitted' };

export const absenceRequestId = plandayIdLocator(
	'absenceRequestId',
	'Absence Request',
	'The absence request',
);

/** The optional fields Approve and Deny share (Planday Absence OpenAPI: `reason`, `notify`). */
export const decisionFields: INodeProperties[] = [
	{
		displayName: 'Notify Employee',
		name: 'notify',
		type: 'boolean',
		default: false,
		description: 'Whether Planday tells the employee about the decision',
	},
	{
		displayName: 'Reason',
		name: 'reason',
		type: 'string',
		default: '',
		placeholder: 'e.g. Enjoy your holiday',
		description: 'Why the request was decided this way, kept with the decision',
	},
];
