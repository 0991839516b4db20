import type { RouteResult, Upload } from './http-util.ts';
import type { ResponseData } from './interaction-handle.ts';
import type { SpecBody, SpecCheck } from './spec/spec.ts';

type Problem = [path: string, code: string, message: string];

/**
 * The message limits Discord enforces with 400 "Invalid Form Body" (code 50035), plus 50006 for
 * an empty message. `prefix` is 'data' for callbacks, '' for webhook bodies.
 */
export function validateMessage(
  data: ResponseData,
  prefix: string,
  uploads: readonly Upload[],
  requireBody: boolean,
): RouteResult | undefined {
  const files = uploads.length;
  if (uploads.some((u) => u.data.length > MAX_UPLOAD)) {
    return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
  }
  const at = (path: string): string => (prefix ? `${prefix}.${path}` : path);
  const problems: Problem[] = [];
  const max = (path: string, value: string | undefined, limit: number): void => {
    if (value !== undefined && value.length > limit) {
      problems.push([at(path), 'BASE_TYPE_MAX_LENGTH', `Must be ${limit} or fewer in length.`]);
    }
  };
  max('content', data.content, 2000);
  const embeds = data.embeds ?? [];
  if (embeds.length > 10)
    problems.push([at('embeds'), 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.']);
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    max(`embeds.${i}.title`, embed.title, 256);
    max(`embeds.${i}.description`, embed.description, 4096);
    max(`embeds.${i}.footer.text`, embed.footer?.text, 2048);
    max(`embeds.${i}.author.name`, embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25)
      problems.push([at(`embeds.${i}.fields`), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer.']);
    for (const [j, field] of fields.entries()) {
      max(`embeds.${i}.fields.${j}.name`, field.name, 256);
      max(`embeds.${i}.fields.${j}.value`, field.value, 1024);
    }
    const texts = [embed.title, embed.description, embed.footer?.text, embed.author?.name];
    for (const text of [...texts, ...fields.flatMap((f) => [f.name, f.value])]) total += text?.length ?? 0;
  }
  if (total > 6000)
    problems.push([at('embeds'), 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000']);
  problems.push(...attachmentProblems(data, uploads, at));
  const hasBody = Boolean(data.content) || embeds.length > 0 || (data.components?.length ?? 0) > 0;
  if (requireBody && !hasBody && files === 0 && data.poll === undefined) {
    return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  }
  return invalid(problems);
}

export function validateChoices(data: ResponseData): RouteResult | undefined {
  const choices = data.choices ?? [];
  const problems: Problem[] = [];
  if (choices.length > 25)
    problems.push(['data.choices', 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.']);
  for (const [i, choice] of choices.entries()) {
    if (choice.name.length < 1 || choice.name.length > 100) {
      problems.push([
        `data.choices.${i}.name`,
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 100 in length.',
      ]);
    }
    if (typeof choice.value === 'string' && choice.value.length > 100) {
      problems.push([`data.choices.${i}.value`, 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.']);
    }
  }
  return invalid(problems);
}

function invalid(problems: Problem[]): RouteResult | undefined {
  if (problems.length === 0) return undefined;
  const errors = Object.fromEntries(
    problems.map(([path, code, message]) => [path, { _errors: [{ code, message }] }]),
  );
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

// Discord's upload limit for a bot without boosts (10 MiB a file).
const MAX_UPLOAD = 10 * 1024 * 1024;
// A new attachment's id is the n of its part files[n]; an existing one's is its snowflake.
const PART = /^files\[(\d+)\]$/u;

/**
 * Discord's rules for uploads (openapi: MessageAttachmentRequest; Uploading Files): every file is a
 * part named files[n]; attachments[] lists each as { id: n, filename, description }, the
 * description (alt text) at most 1024 characters, the filename 1-1024; a small id names a part
 * that must be there.
 */
function attachmentProblems(
  data: ResponseData,
  uploads: readonly Upload[],
  at: (path: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const parts = new Set(uploads.map((u) => PART.exec(u.field)?.[1]));
  for (const u of uploads) {
    if (!PART.test(u.field)) problems.push([u.field, 'UNKNOWN_FIELD', 'Files must be sent as files[n].']);
  }
  const list: unknown[] = Array.isArray(data.attachments) ? data.attachments : [];
  for (const [i, raw] of list.entries()) {
    const a = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = typeof a.id === 'number' || typeof a.id === 'string' ? String(a.id) : undefined;
    const path = (field: string) => at(`attachments.${i}.${field}`);
    if (id === undefined) problems.push([path('id'), 'BASE_TYPE_REQUIRED', 'This field is required']);
    else if (/^\d{1,9}$/u.test(id) && !parts.has(id))
      problems.push([path('id'), 'ATTACHMENT_NOT_FOUND', `No file was uploaded as files[${id}].`]);
    const { filename, description } = a;
    if (typeof filename === 'string' && (filename.length < 1 || filename.length > 1024))
      problems.push([path('filename'), 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 1024 in length.']);
    if (typeof description === 'string' && description.length > 1024)
      problems.push([path('description'), 'BASE_TYPE_MAX_LENGTH', 'Must be 1024 or fewer in length.']);
  }
  return problems;
}

/**
 * A body Discord's own API description refuses: 400 Invalid Form Body, each problem noted in
 * `seen` as well, so that a test can say which body was wrong and why.
 */
export function validateSpec(
  check: SpecCheck,
  kind: SpecBody,
  body: unknown,
  seen: string[],
): RouteResult | undefined {
  const problems = check(kind, body);
  if (problems.length === 0) return undefined;
  seen.push(...problems);
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { _spec: problems } } };
}
