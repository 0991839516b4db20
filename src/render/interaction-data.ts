import { type APIInteractionResponseCallbackData, MessageFlags } from 'discord-api-types/v10';
import type { DiscordMessage } from './discord.ts';
import type { MessageFile } from './picture.ts';

/**
 * A message body as Discord's API takes it (callback data, webhook edit or follow-up), and the
 * files it uploads. `files` is not JSON: whoever sends the body sends them as the parts
 * `files[n]` of a multipart request, `attachments[n]` (id n) naming and describing each.
 */
export type MessageData = Pick<
  APIInteractionResponseCallbackData,
  'embeds' | 'components' | 'allowed_mentions' | 'flags' | 'attachments'
> & { readonly files?: readonly MessageFile[] };

/**
 * The wire form of a rendered message. Mentions are never parsed; `flags` carries visibility,
 * which only the first response or a follow-up may set (an edit keeps what the message had).
 * Attachments listed replace the message's old ones when it is edited or updated.
 */
export function messageData(message: DiscordMessage, withVisibility = true): MessageData {
  const data: MessageData = {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
    ...(message.files.length > 0
      ? {
          // Discord's API description types an attachment id as a snowflake string, "0" for files[0].
          attachments: message.files.map((f, id) => ({
            id: String(id),
            filename: f.name,
            description: f.description,
          })),
          files: message.files,
        }
      : {}),
  };
  if (withVisibility && message.ephemeral) data.flags = MessageFlags.Ephemeral;
  return data;
}

/** The same body without visibility, for an edit (Discord rejects or ignores it there). */
export function withoutVisibility({ flags: _flags, ...rest }: MessageData): MessageData {
  return rest;
}

/** Whether a message body or a message (as Discord sends it with a click) is private. */
export const isEphemeral = (data: { readonly flags?: number | undefined } | undefined): boolean =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** A file as @discordjs/rest uploads it: the part `files[n]` for attachment id n. */
export interface UploadFile {
  readonly key: string;
  readonly name: string;
  readonly data: Buffer;
  readonly contentType: string;
}

/**
 * Splits a request body (a message, or an interaction response whose `data` is one) into its
 * JSON and the files to upload with it; no files, no multipart.
 */
export function forUpload<T extends object>(body: T): { json: T; files: UploadFile[] } {
  const holder = 'files' in body ? body : 'data' in body && isObject(body.data) ? body.data : undefined;
  const files =
    holder && 'files' in holder && Array.isArray(holder.files) ? (holder.files as MessageFile[]) : [];
  if (files.length === 0) return { json: body, files: [] };
  const { files: _files, ...rest } = holder as { files: unknown };
  const json = (holder === body ? rest : { ...body, data: rest }) as T;
  const upload = files.map((f, n) => ({
    key: `files[${n}]`,
    name: f.name,
    data: f.data,
    contentType: f.contentType,
  }));
  return { json, files: upload };
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
