import type { APIAttachment, APIEmbed, APIMessage, MessageFlags } from 'discord.js';
import { message } from './fixtures.ts';
import type { Upload } from './http-util.ts';
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
  uploads: readonly Upload[],
): APIMessage {
  const msg = message(world, { id: nextSnowflake(), type, webhookId: world.applicationId });
  return applyData(msg, data, uploads, false);
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
export function applyData(
  msg: APIMessage,
  data: ResponseData,
  uploads: readonly Upload[],
  isEdit: boolean,
): APIMessage {
  const next: APIMessage = { ...msg };
  if (data.content !== undefined) next.content = data.content;
  if (data.embeds !== undefined) next.embeds = data.embeds;
  if (data.components !== undefined) next.components = data.components;
  if (data.attachments !== undefined || uploads.length > 0)
    next.attachments = attachments(msg, data, uploads);
  next.embeds = next.embeds.map((e) => withAttachedImage(e, next.attachments));
  const old = msg.flags ?? 0;
  const asked = data.flags ?? 0;
  const ephemeral = isEdit ? old & EPHEMERAL : asked & EPHEMERAL;
  next.flags = ((asked & ~(EPHEMERAL | LOADING)) | ephemeral) as MessageFlags;
  if (isEdit) next.edited_timestamp = new Date().toISOString();
  return next;
}

/**
 * The attachments after a create or an edit, as Discord keeps them: those listed in
 * `attachments` (a new one, id n, made from the part files[n]; an old one kept by its id),
 * every uploaded part when none are listed; an old attachment not listed is removed.
 */
function attachments(msg: APIMessage, data: ResponseData, uploads: readonly Upload[]): APIAttachment[] {
  const listed = (data.attachments ?? uploads.map((_, n) => ({ id: n }))) as {
    id: string | number;
    filename?: string;
    description?: string;
  }[];
  return listed.flatMap((a) => {
    const upload = uploads.find((u) => u.field === `files[${a.id}]`);
    if (!upload) return msg.attachments.filter((old) => old.id === String(a.id));
    const id = nextSnowflake();
    const filename = a.filename ?? upload.filename;
    const url = `https://cdn.standin.invalid/attachments/${id}/${filename}`;
    return [
      {
        id,
        filename,
        ...(a.description !== undefined ? { description: a.description } : {}),
        content_type: upload.contentType,
        size: upload.data.length,
        url,
        proxy_url: url,
      },
    ];
  });
}

/** An embed image given as attachment://name shows that attachment (Discord swaps in its URL). */
function withAttachedImage(embed: APIEmbed, attached: readonly APIAttachment[]): APIEmbed {
  const name = embed.image?.url.startsWith('attachment://') ? embed.image.url.slice(13) : undefined;
  const file = name === undefined ? undefined : attached.find((a) => a.filename === name);
  return file ? { ...embed, image: { ...embed.image, url: file.url, proxy_url: file.proxy_url } } : embed;
}
