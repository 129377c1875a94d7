import type { IExecuteFunctions } from 'n8n-workflow';

/** The Get Many limit: `undefined` when Return All is on. */
export function limitParameter(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : (context.getNodeParameter('limit', itemIndex, 50) as number);
}
