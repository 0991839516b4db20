import { z } from 'zod';

const id = z.string().regex(/^\d{1,20}$/u);
const user = z.object({ id }).loose();

const embed = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    fields: z.array(z.object({ name: z.string(), value: z.string() }).loose()).optional(),
  })
  .loose();
export type RawEmbed = z.infer<typeof embed>;

// The bot's own buttons as Discord sends them back with a click on the message they sit on.
const button = z
  .object({
    type: z.literal(2),
    style: z.union([z.literal(1), z.literal(2)]),
    label: z.string().max(80).optional(),
    custom_id: z.string().max(100),
  })
  .loose();
const row = z.object({ type: z.literal(1), components: z.array(z.unknown()) }).loose();

const message = z
  .object({
    content: z.string().optional(),
    embeds: z.array(embed).optional(),
    flags: z.number().int().optional(),
    components: z.array(z.unknown()).optional(),
  })
  .loose();

/** The bot's buttons on a message, row by row; anything else (links, menus) is left out. */
export function buttonsOf(components: readonly unknown[] | undefined): z.infer<typeof button>[][] {
  return (components ?? []).flatMap((r) => {
    const parsed = row.safeParse(r);
    if (!parsed.success) return [];
    return [parsed.data.components.flatMap((b) => button.safeParse(b).data ?? [])];
  });
}

// Subcommands nest options; the registry has none, but reading them flat keeps unknown shapes harmless.
type RawOption = {
  name: string;
  value?: unknown;
  focused?: boolean | undefined;
  options?: RawOption[] | undefined;
};
const option: z.ZodType<RawOption> = z.lazy(() =>
  z
    .object({
      name: z.string(),
      value: z.union([z.string(), z.number(), z.boolean()]).optional(),
      focused: z.boolean().optional(),
      options: z.array(option).optional(),
    })
    .loose(),
);

const data = z
  .object({
    name: z.string().optional(),
    type: z.number().int().optional(),
    options: z.array(option).optional(),
    target_id: id.optional(),
    resolved: z
      .object({ messages: z.record(z.string(), message).optional() })
      .loose()
      .optional(),
    custom_id: z.string().max(100).optional(),
  })
  .loose();

/**
 * The fields of an interaction the bot reads, as Discord sends them over the gateway or as a signed
 * HTTP request. Everything else passes through untouched; a payload without these is refused.
 */
export const interactionSchema = z
  .object({
    id,
    application_id: id,
    type: z.number().int().min(1).max(5),
    token: z.string().min(1).max(500),
    data: data.optional(),
    guild_id: id.optional(),
    channel_id: id.optional(),
    member: z.object({ user }).loose().optional(),
    user: user.optional(),
    message: message.optional(),
  })
  .loose();

export type RawInteraction = z.infer<typeof interactionSchema>;
export type RawOptionValue = RawOption;

/** Who sent it: the member's user in a guild, the user in a DM. */
export const userIdOf = (i: RawInteraction): string => i.member?.user.id ?? i.user?.id ?? 'unknown';
