import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiscordStandin, startStandin } from './standin/standin.ts';

// The stand-in's rules for files, checked by hand-made requests (no bot): what Discord's OpenAPI
// description says of uploads (parts files[n], attachments[] with id n, alt text ≤ 1024).
let d: DiscordStandin;
beforeAll(async () => {
  d = await startStandin();
});
afterAll(() => d?.close());

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

/** A callback for a new interaction, as multipart: payload_json, then the given parts. */
async function callback(data: Record<string, unknown>, parts: [field: string, name: string][]) {
  const h = d.sendCommand('timeline', {});
  const form = new FormData();
  for (const [field, name] of parts) form.append(field, new Blob([PNG], { type: 'image/png' }), name);
  form.append('payload_json', JSON.stringify({ type: 4, data }));
  const res = await fetch(`${d.apiUrl}/v10/interactions/${h.id}/${h.token}/callback`, {
    method: 'POST',
    body: form,
  });
  return { h, status: res.status, body: res.status === 204 ? undefined : await res.json() };
}

const embeds = [{ title: 'Timeline', image: { url: 'attachment://timeline.png' } }];
const attachment = { id: '0', filename: 'timeline.png', description: 'Timeline, 1 event: Sep 2022: shells' };

describe('the stand-in takes files as Discord does', () => {
  it('1 files[0] with its attachment: kept with its description, shown in the embed', async () => {
    const { h, status } = await callback({ embeds, attachments: [attachment] }, [
      ['files[0]', 'timeline.png'],
    ]);
    expect(status).toBe(204);
    const [file] = h.original?.attachments ?? [];
    expect(file).toMatchObject({
      filename: 'timeline.png',
      description: attachment.description,
      size: PNG.length,
    });
    expect(h.original?.embeds[0]?.image?.url).toBe(file?.url);
    const final = await h.waitForFinal();
    expect(final.files.map((f) => [f.field, f.filename, f.contentType, f.data.length])).toEqual([
      ['files[0]', 'timeline.png', 'image/png', PNG.length],
    ]);
  });

  it.each<[string, Record<string, unknown>, [string, string][], string]>([
    [
      '2 an attachment with no part files[1]',
      { attachments: [{ id: 1 }] },
      [['files[0]', 'a.png']],
      'data.attachments.0.id',
    ],
    [
      '3 alt text over 1024 characters',
      { attachments: [{ ...attachment, description: 'x'.repeat(1025) }] },
      [['files[0]', 'timeline.png']],
      'data.attachments.0.description',
    ],
    ['4 a part not named files[n]', { attachments: [] }, [['file', 'timeline.png']], 'file'],
  ])('%s: 400 Invalid Form Body', async (_, data, parts, path) => {
    const { status, body } = await callback({ embeds, ...data }, parts);
    expect([
      status,
      (body as { code: number }).code,
      Object.keys((body as { errors: object }).errors),
    ]).toEqual([400, 50035, [path]]);
  });

  it('5 a multipart HTTP response to a delivered interaction fails it', async () => {
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'multipart/form-data; boundary=x' }).end('--x--');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    d.interactionsEndpoint = `http://127.0.0.1:${typeof address === 'object' ? address?.port : 0}/interactions`;
    try {
      const h = d.sendCommand('timeline', {});
      await expect.poll(() => h.responses.length).toBe(1);
      expect(h.responses.map((r) => [r.kind, r.status, r.accepted])).toEqual([['callback', 415, false]]);
    } finally {
      d.interactionsEndpoint = null;
      server.close();
    }
  });
});
