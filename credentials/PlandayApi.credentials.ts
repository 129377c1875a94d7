import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { withHeaders } from './shared/authenticate';
import { plandayBaseUrlField, plandayCredentialTestRequest } from './shared/planday';
import {
	plandayExchangeKey,
	sharedExchange,
	TOKEN_EXCHANGE_TIMEOUT_MS,
	type PlandayTokenResponse,
} from './shared/plandayExchange';

/** Planday's identity server answers 400 (`invalid_grant`) or 401 when the pasted token was revoked or mistyped. */
const REJECTED_REFRESH_TOKEN_STATUSES = [400, 401];

/** A new error that explains what to do; the original carries the request body, and with it the refresh token. */
function tokenExchangeError(error: unknown): Error {
	const status = Number(
		(error as { response?: { status?: number } }).response?.status ??
			(error as { httpCode?: string }).httpCode,
	);
	if (REJECTED_REFRESH_TOKEN_STATUSES.includes(status)) {
		return new Error(
			`Planday rejected the refresh token (HTTP ${status}). It was revoked, or the App ID and token do not belong together. In Planday open Settings → Integrations → API Access, copy the app's Token again and paste it into this credential.`,
		);
	}
	return new Error(
		`Could not exchange the Planday refresh token for an access token${
			Number.isFinite(status) ? ` (HTTP ${status})` : ''
		}. Check the Token URL and try again.`,
	);
}

export class PlandayApi implements ICredentialType {
	name = 'plandayApi';

	displayName = 'Planday API';

	icon: Icon = { light: 'file:../icons/planday.svg', dark: 'file:../icons/planday.dark.svg' };

	documentationUrl = 'https://openapi.planday.com/gettingstarted/authorization';

	properties: INodeProperties[] = [
		{
			// n8n refreshes the first hidden expirable field through preAuthentication:
			// when it is empty, after a 401, and on every credential test.
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Client ID (App ID)',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			description: 'The App ID shown in Planday under Settings → Integrations → API Access',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The Token shown next to the authorized app in Planday under Settings → Integrations → API Access',
		},
		plandayBaseUrlField,
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: 'https://id.planday.com/connect/token',
			description: 'Change only to reach a Planday sandbox',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const clientId = String(credentials.clientId ?? '').trim();
		const refreshToken = String(credentials.refreshToken ?? '').trim();
		const tokenUrl = String(credentials.tokenUrl ?? '').trim();

		const exchange = async (): Promise<PlandayTokenResponse> => {
			let response: PlandayTokenResponse;
			try {
				response = (await this.helpers.httpRequest({
					method: 'POST',
					url: tokenUrl,
					headers: {
						'Content-Type': 'application/x-www-form-urlencoded',
						Accept: 'application/json',
					},
					body: new URLSearchParams({
						client_id: clientId,
						grant_type: 'refresh_token',
						refresh_token: refreshToken,
					}).toString(),
					json: true,
					// The refresh token is in the body: it must not follow a redirect anywhere.
					disableFollowRedirect: true,
					// The node's Timeout ends its own wait sooner; this ends an exchange no node waits for any more.
					timeout: TOKEN_EXCHANGE_TIMEOUT_MS,
				})) as PlandayTokenResponse;
			} catch (error) {
				throw tokenExchangeError(error);
			}
			// Checked inside the exchange, so an answer without a token is a failure and never shared.
			if (typeof response?.access_token !== 'string' || response.access_token === '') {
				throw new Error(
					'Planday’s token endpoint answered without an access token (for example with an HTML page). Check the Token URL and try again.',
				);
			}
			return response;
		};

		const response = await sharedExchange(
			plandayExchangeKey(credentials),
			String(credentials.accessToken ?? ''),
			exchange,
		);
		const updated: ICredentialDataDecryptedObject = {
			accessToken: response.access_token as string,
		};
		// Planday does not document refresh-token rotation; keep a new one if it ever sends one.
		if (response.refresh_token && response.refresh_token !== refreshToken) {
			updated.refreshToken = response.refresh_token;
		}
		return updated;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		return withHeaders(requestOptions, {
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			'X-ClientId': String(credentials.clientId ?? ''),
		});
	}

	test: ICredentialTestRequest = {
		request: plandayCredentialTestRequest,
	};
}
