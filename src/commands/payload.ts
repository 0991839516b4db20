import { z } from 'zod';

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

export const commandPayloadSchema = z
  .object({ name, description, options: z.array(option).max(25).optional() })
  .loose()
  .refine(
    (c) => {
      const required = (c.options ?? []).map((o) => o.required === true);
      return required.every((r, i) => r || !required.slice(i + 1).some(Boolean));
    },
    { message: 'required options must come before optional ones' },
  );

/** Checks every payload before it is sent to Discord; the message names the command and the rule. */
export function checkPayloads(payloads: readonly unknown[]): string[] {
  return payloads.flatMap((payload, i) => {
    const parsed = commandPayloadSchema.safeParse(payload);
    if (parsed.success) return [];
    const label =
      typeof payload === 'object' && payload && 'name' in payload ? String(payload.name) : `#${i}`;
    return parsed.error.issues.map((issue) => `/${label} ${issue.path.join('.')}: ${issue.message}`);
  });
}
