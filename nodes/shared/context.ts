import type {
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

/** Every n8n context our nodes send requests from. */
export type RequestContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

/** Caches one lookup per node run (context), e.g. the credential's base URL and rate budgets. */
export function perContext<T>(
	load: (context: RequestContext) => Promise<T>,
): (context: RequestContext) => Promise<T> {
	const cache = new WeakMap<RequestContext, Promise<T>>();
	return (context) => {
		let value = cache.get(context);
		if (!value) {
			value = load(context);
			cache.set(context, value);
		}
		return value;
	};
}

/**
 * A node parameter from any context: execute contexts take an item index, hook, poll, webhook and
 * load-options contexts do not (their second argument is the fallback).
 */
export function nodeParameter<T>(context: RequestContext, name: string, fallback: T): T {
	if ('getInputData' in context) return context.getNodeParameter(name, 0, fallback) as T;
	return (context as IHookFunctions).getNodeParameter(name, fallback) as T;
}
