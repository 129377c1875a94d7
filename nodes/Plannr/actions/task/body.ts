import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { plannrBody } from '../fields';
import { uuidList } from '../helpers';

/** A task body: assignees as a list (also from a comma-separated expression); `due_at` is sent as a date. */
export function taskBody(this: IExecuteFunctions, itemIndex: number, fields: IDataObject): IDataObject {
	const body = plannrBody.call(this, itemIndex, fields, { dates: ['dueAt'] });
	if (body.assigned_to_uuids !== undefined) body.assigned_to_uuids = uuidList(body.assigned_to_uuids);
	return body;
}
