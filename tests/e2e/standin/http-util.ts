import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route answers. `body` undefined → empty body (204-style). */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One file part of a multipart body: its form field ("files[0]"), file name, type and bytes. */
export interface Upload {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ParsedBody {
  body: unknown;
  /** The uploaded files' names. */
  files: string[];
  uploads: Upload[];
}

/** Reads a JSON body, or the `payload_json` part + file names of a multipart body (files upload). */
export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: undefined, files: [], uploads: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return readMultipart(raw, type);
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [], uploads: [] };
  } catch {
    return { body: text, files: [], uploads: [] };
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Request('http://standin.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: raw,
  }).formData();
  const uploads: Upload[] = [];
  let body: unknown;
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      if (key === 'payload_json') body = JSON.parse(value);
    } else {
      const data = Buffer.from(await value.arrayBuffer());
      uploads.push({ field: key, filename: value.name, contentType: value.type, data });
    }
  }
  return { body, files: uploads.map((u) => u.filename), uploads };
}

export function send(res: ServerResponse, result: RouteResult): void {
  const headers: Record<string, string> = { ...result.headers };
  if (result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  headers['content-type'] = 'application/json';
  res.writeHead(result.status, headers).end(JSON.stringify(result.body));
}

export function json(status: number, body: unknown): RouteResult {
  return { status, body };
}

/** Discord's error body: { message, code }. */
export function apiError(status: number, code: number, message: string): RouteResult {
  return { status, body: { message, code } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
