import type { INodeProperties } from 'n8n-workflow';

import { requiredShiftFields } from '../shift/fields';

/** The department dropdown, as on a new shift. */
export const [departmentField] = requiredShiftFields;

export function dateField(name: string, displayName: string, description: string): INodeProperties {
	return { displayName, name, type: 'dateTime', required: true, default: '', description };
}
