import { type APIApplicationCommandBooleanOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';

/**
 * The `hide` option of every command that answers in the channel: true shows the answer only to
 * the user who asked. Discord-only (the terminal has no audience), so it is in the payload and not
 * in the commands' schemas; the interactions layer reads it.
 */
export const hideOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'hide',
  description: 'Show the answer only to you (you can still share it)',
} as const satisfies APIApplicationCommandBooleanOption;

// Discord's rules for application command payloads
// (https://discord.com/developers/docs/interactions/application-commands#application-command-object).
const name = z
  .string()
  .regex(/^[-_\p{L}\p{N}]{1,32}$/u, 'must be 1-32 letters, digits, "-" or "_"')
  .refine((n) => n === n.toLowerCase(), 'must be lower case');
const description = z.string().min(1).max(100);

const option = z
  .object({
    type: z.number().int(),
    name,
    description,
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    max_length: z.number().int().min(1).max(6000).optional(),
    min_length: z.number().int().min(0).max(6000).optional(),
  })
  .loose();

const slashPayload = z
  .object({ type: z.literal(1).optional(), name, description, options: z.array(option).max(25).optional() })
  .loose()
  .refine(
    (c) => {
      const required = (c.options ?? []).map((o) => o.required === true);
      return required.every((r, i) => r || !required.slice(i + 1).some(Boolean));
    },
    { message: 'required options must come before optional ones' },
  );

// Context-menu names are what users read in the Apps menu: spaces and capitals allowed.
const menuPayload = z
  .object({
    type: z.union([z.literal(2), z.literal(3)]),
    name: z.string().regex(/^[-_ '\p{L}\p{N}]{1,32}$/u, 'must be 1-32 letters, digits, spaces, "-" or "_"'),
    description: z.literal('', 'must be empty for a context-menu command').optional(),
    options: z.undefined({ error: 'a context-menu command takes no options' }).optional(),
  })
  .loose();

const isMenu = (payload: unknown) =>
  typeof payload === 'object' && payload !== null && 'type' in payload && payload.type !== 1;

/** The rules a payload must meet: a context-menu command's (types 2 and 3) or a slash command's. */
const schemaFor = (payload: unknown) => (isMenu(payload) ? menuPayload : slashPayload);

/** Checks every payload before it is sent to Discord; the message names the command and the rule. */
export function checkPayloads(payloads: readonly unknown[]): string[] {
  return payloads.flatMap((payload, i) => {
    const parsed = schemaFor(payload).safeParse(payload);
    if (parsed.success) return [];
    const label =
      typeof payload === 'object' && payload && 'name' in payload ? String(payload.name) : `#${i}`;
    return parsed.error.issues.map((issue) => `/${label} ${issue.path.join('.')}: ${issue.message}`);
  });
}
