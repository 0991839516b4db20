import { isRecord } from './http-util.ts';
import type { InteractionHandle } from './interaction-handle.ts';
import type { InteractionRoutes } from './interaction-routes.ts';
import type { InteractionSigner } from './signing.ts';

/**
 * Discord's other way of delivering interactions: with an Interactions Endpoint URL set, each one
 * is POSTed there, signed, and the HTTP response is the first callback (same rules: types,
 * limits, 3 s). Later edits and follow-ups go through the webhook routes as usual. The response
 * must be JSON: files can only come with a callback or a webhook request.
 */
export async function deliverOverHttp(
  url: string,
  handle: InteractionHandle,
  signer: InteractionSigner,
  routes: InteractionRoutes,
): Promise<void> {
  const body = JSON.stringify(handle.payload);
  handle.markDispatched(Date.now());
  let status = 0;
  let answer: unknown;
  try {
    const res = await fetch(url, { method: 'POST', headers: signer.headers(body), body });
    status = res.status;
    // Discord takes no files in the HTTP response: a multipart answer fails the interaction.
    if ((res.headers.get('content-type') ?? '').startsWith('multipart/')) status = 415;
    answer = await res.json().catch(() => undefined);
  } catch {
    status = 599; // no HTTP answer at all
  }
  if (status === 200 && isRecord(answer)) {
    routes.callback(handle.id, handle.token, answer, [], false);
    return;
  }
  // A failed delivery is what the user sees as "This interaction failed".
  handle.record({
    kind: 'callback',
    type: null,
    data: {},
    messageId: null,
    status: status === 200 ? 502 : status,
  });
}
