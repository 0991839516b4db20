// What the interaction tests click with: interactions as Discord sends them (a click with the
// message its button sits on) and what the bot's answers show.
import type { APIEmbed } from 'discord-api-types/v10';
import type { CommandContext } from '../../src/commands/types.ts';
import { answerInteraction } from '../../src/interactions/answer.ts';
import { Cooldown } from '../../src/interactions/cooldown.ts';
import type { RawInteraction } from '../../src/interactions/schema.ts';

export const ASKER = '100000000000000001';
export const OTHER = '100000000000000002';

interface Button {
  readonly label?: string;
  readonly custom_id: string;
}
/** A message body the bot sent, as far as these tests read it. */
export interface Sent {
  readonly embeds: APIEmbed[];
  readonly components?: { readonly components: Button[] }[];
  readonly flags?: number;
}
export interface Posted {
  readonly type: number;
  readonly data: Sent;
}

let ids = 0;
export const base = (type: number, user: string) => ({
  id: String(5000 + ids++),
  application_id: '1',
  type,
  token: 'interaction-token',
  member: { user: { id: user } },
});
export const buttons = (data: Sent) => (data.components ?? []).flatMap((row) => row.components);
export const labels = (data: Sent) =>
  (data.components ?? []).map((row) => row.components.map((b) => b.label));
export const footer = (data: Sent) => data.embeds[0]?.footer?.text ?? '';
/** The description after the question at its top. */
export const body = (data: Sent) => (data.embeds[0]?.description ?? '').split('\n\n').slice(1).join('\n\n');
/** The results a page shows: its fields, or its numbered passages. */
export const results = (data: Sent) => [
  ...(data.embeds[0]?.fields ?? []).map((f) => f.value),
  ...body(data)
    .split('\n\n')
    .filter((b) => b.startsWith('**[')),
];

/** Answers interactions with the context `context()` gives once loaded. */
export function clicker(context: () => CommandContext) {
  // A fresh cooldown for every interaction: these tests click far faster than anyone could.
  const answer = (i: object): Posted => {
    const { response } = answerInteraction(i as RawInteraction, {
      context: context(),
      cooldown: new Cooldown(),
    });
    return response as unknown as Posted;
  };
  const slash = (name: string, options: Record<string, string | boolean>, user = ASKER) =>
    answer({
      ...base(2, user),
      data: { name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, value })) },
    });
  /** A click on the button labelled `label` of `host`, as Discord sends it: with the message. */
  const click = (host: Sent, label: string, user = ASKER, flags = host.flags ?? 0) => {
    const button = buttons(host).find((b) => b.label === label);
    if (!button) throw new Error(`no "${label}" button`);
    return answer({
      ...base(3, user),
      data: { custom_id: button.custom_id, component_type: 2 },
      message: { embeds: host.embeds, components: host.components, flags },
    });
  };
  return { answer, slash, click };
}
