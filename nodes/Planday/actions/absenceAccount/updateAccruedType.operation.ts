import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	describeId,
	updateDisplayOptions,
	updateFieldsCollection,
} from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { idParameter, responseRecord } from '../helpers';
import { accruedTypeBody } from './accruedType.body';
import { accruedTypeFields, accruedTypeOptionalFields, periodNotice } from './accruedType.fields';
import { ACCOUNT_TYPES_PATH, accountTypeId } from './fields';

/** Planday replaces the whole definition: every required field is sent again (no Start Balance). */
const required = accruedTypeFields(false);

const properties: INodeProperties[] = [
	describeId(accountTypeId, 'The accrued account type to change'),
	periodNotice,
	...required,
	updateFieldsCollection(accruedTypeOptionalFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['updateAccruedType'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const id = idParameter(this, accountTypeId, itemIndex);
	const body = await plandayApiRequest.call(this, {
		method: 'PUT',
		path: `${ACCOUNT_TYPES_PATH}/accrued/${id}`,
		body: accruedTypeBody(this, itemIndex, required, 'updateFields'),
		// Planday Absence OpenAPI: "Authorization policy: absencesettings update".
		scope: 'absencesettings:update',
	});
	return jsonItems(responseRecord(body));
}
