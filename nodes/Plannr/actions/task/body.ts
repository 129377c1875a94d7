import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { toDateOnly } from '../../../shared/dates';
import { plannrBody } from '../fields';
import { uuidList } from '../helpers';

/** A task body: comma lists become arrays; `due_at` is sent as a date. */
export function taskBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const { assignedToUuids, dueAt, ...rest } = fields;
	const body = plannrBody.call(this, itemIndex, rest);
	if (assignedToUuids) {
		body.assigned_to_uuids = uuidList(assignedToUuids);
	}
	if (dueAt) body.due_at = toDateOnly(dueAt);
	return body;
}
