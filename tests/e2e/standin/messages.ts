import type { APIAttachment, APIMessage, MessageFlags } from 'discord.js';
import { message } from './fixtures.ts';
import { nextSnowflake } from './ids.ts';
import type { ResponseData } from './interaction-handle.ts';
import type { World } from './types.ts';

const EPHEMERAL = 64;
const LOADING = 128;

/** A new message posted through the interaction webhook (reply, deferred placeholder, follow-up). */
export function webhookMessage(
  world: World,
  data: ResponseData,
  type: 0 | 20 | 23,
  files: string[],
): APIMessage {
  const msg = message(world, { id: nextSnowflake(), type, webhookId: world.applicationId });
  return applyData(msg, data, files, false);
}

/** The message a deferred reply shows ("Bot is thinking..."): empty, LOADING flag, maybe ephemeral. */
export function loadingMessage(world: World, flags: number, type: 0 | 20 | 23): APIMessage {
  const ephemeral = flags & EPHEMERAL;
  return message(world, {
    id: nextSnowflake(),
    type,
    webhookId: world.applicationId,
    flags: ephemeral | LOADING,
  });
}

/**
 * A copy of `msg` with the fields `data` sets replaced. Ephemerality cannot change after creation;
 * LOADING is cleared by any edit.
 */
export function applyData(msg: APIMessage, data: ResponseData, files: string[], isEdit: boolean): APIMessage {
  const next: APIMessage = { ...msg };
  if (data.content !== undefined) next.content = data.content;
  if (data.embeds !== undefined) next.embeds = data.embeds;
  if (data.components !== undefined) next.components = data.components;
  if (data.attachments !== undefined || files.length > 0) next.attachments = attachments(data, files);
  const old = msg.flags ?? 0;
  const asked = data.flags ?? 0;
  const ephemeral = isEdit ? old & EPHEMERAL : asked & EPHEMERAL;
  next.flags = ((asked & ~(EPHEMERAL | LOADING)) | ephemeral) as MessageFlags;
  if (isEdit) next.edited_timestamp = new Date().toISOString();
  return next;
}

function attachments(data: ResponseData, files: string[]): APIAttachment[] {
  const named = (data.attachments ?? []).map((a, i) => a.filename ?? files[i] ?? `file${i}`);
  const names = named.length > 0 ? named : files;
  return names.map((filename) => {
    const id = nextSnowflake();
    const url = `https://cdn.standin.invalid/attachments/${id}/${filename}`;
    return { id, filename, size: 0, url, proxy_url: url };
  });
}
