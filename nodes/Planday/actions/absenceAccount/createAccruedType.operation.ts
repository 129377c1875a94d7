import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { additionalFieldsCollection, updateDisplayOptions } from '../../../shared/descriptions';
import { jsonItems } from '../../../shared/items';
import { plandayApiRequest } from '../../transport';
import { plandayOptions } from '../common.descriptions';
import { accruedTypeBody } from './accruedType.body';
import { accruedTypeFields, accruedTypeOptionalFields, periodNotice } from './accruedType.fields';
import { ACCOUNT_TYPES_PATH } from './fields';

const required = accruedTypeFields(true);

const properties: INodeProperties[] = [
	periodNotice,
	...required,
	additionalFieldsCollection(accruedTypeOptionalFields),
	plandayOptions(),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['absenceAccount'], operation: ['createAccruedType'] } },
	properties,
);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const body = await plandayApiRequest.call(this, {
		method: 'POST',
		path: `${ACCOUNT_TYPES_PATH}/accrued`,
		body: accruedTypeBody(this, itemIndex, required, 'additionalFields'),
		// Planday Absence OpenAPI: "Authorization policy: absencesettings create".
		scope: 'absencesettings:create',
	});
	// The spec's answer is OpenApiResponse<Int64>: the new account type's id as `data`.
	return jsonItems({ id: (body as IDataObject).data });
}
