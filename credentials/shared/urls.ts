/** The credential's `baseUrl` without trailing slashes: where every credential test request goes. */
export const CREDENTIAL_BASE_URL = '={{$credentials.baseUrl.replace(/\\/+$/, "")}}';

/** An expression for a hidden field: the credential's own `field` without trailing slashes, then `path`. */
export function underOwnUrl(field: string, path: string): string {
	return `={{$self["${field}"].replace(/\\/+$/, "")}}${path}`;
}
