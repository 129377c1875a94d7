/**
 * A small OpenAI-compatible Chat Completions server on loopback, for n8n's OpenAI Chat Model in
 * the AI Agent suite. It plays a scripted model: each turn's reply is computed by `reply(request)`
 * from the request n8n sent (its messages and the tool schemas n8n generated), and every request
 * is kept in `requests` so the suite can check what reached the model.
 *
 *   POST /v1/chat/completions   (stream or not)
 *   GET  /v1/models
 */
import { createServer } from 'node:http';

let callCount = 0;

/** An assistant turn that calls tools: `calls` is `[{ name, arguments }]`; every call id is new. */
export const toolCalls = (calls) => ({
	role: 'assistant',
	content: null,
	tool_calls: calls.map((call) => ({
		id: `call_${++callCount}_${call.name}`.slice(0, 40),
		type: 'function',
		function: { name: call.name, arguments: JSON.stringify(call.arguments) },
	})),
});

export const answer = (text) => ({ role: 'assistant', content: text });

/** Starts the mock; `reply(body, requests)` returns the assistant message for one request. */
export async function startOpenAiMock({ reply, apiKey }) {
	const requests = [];
	const server = createServer(async (request, response) => {
		const chunks = [];
		for await (const chunk of request) chunks.push(chunk);
		const send = (status, body) => {
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(body));
		};
		if (apiKey && request.headers.authorization !== `Bearer ${apiKey}`) {
			return send(401, {
				error: { message: 'Incorrect API key provided', type: 'invalid_request_error' },
			});
		}
		if (request.method === 'GET' && request.url.endsWith('/models')) {
			return send(200, {
				object: 'list',
				data: [{ id: 'mock-model', object: 'model', owned_by: 'mock' }],
			});
		}
		if (request.method !== 'POST' || !request.url.endsWith('/chat/completions')) {
			return send(404, { error: { message: `no route ${request.method} ${request.url}` } });
		}
		let body;
		try {
			body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		} catch {
			return send(400, { error: { message: 'body is not JSON' } });
		}
		requests.push(body);
		let message;
		try {
			message = reply(body, requests);
		} catch (error) {
			return send(500, { error: { message: `mock model: ${error.message}` } });
		}
		const finishReason = message.tool_calls ? 'tool_calls' : 'stop';
		const base = {
			id: `chatcmpl-mock-${requests.length}`,
			created: Math.floor(Date.now() / 1000),
			model: body.model,
		};
		const usage = { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 };
		if (!body.stream) {
			return send(200, {
				...base,
				object: 'chat.completion',
				choices: [{ index: 0, message, finish_reason: finishReason }],
				usage,
			});
		}
		response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
		const event = (delta, finish = null, extra = {}) =>
			response.write(
				`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`,
			);
		event({ role: 'assistant', content: message.content ?? '' });
		message.tool_calls?.forEach((call, index) => event({ tool_calls: [{ index, ...call }] }));
		event({}, finishReason, { usage });
		response.end('data: [DONE]\n\n');
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}/v1`;
	return {
		url,
		requests,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
