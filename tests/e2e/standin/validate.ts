import type { RouteResult } from './http-util.ts';
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
  files: number,
  requireBody: boolean,
): RouteResult | undefined {
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
