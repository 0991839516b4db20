// `npm run bench:serve`: the HTTP interactions endpoint (`npm run serve`) driven over loopback with
// signed /ask requests, with 1 and 2 workers: throughput and latency percentiles.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { freePort, http, percentile } from '../tests/e2e/http-client.ts';
import { InteractionSigner } from '../tests/e2e/standin/signing.ts';

const SERVE = fileURLToPath(new URL('../src/serve/main.ts', import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const QUESTIONS = [
  'What did North Korea say about the US claims?',
  'Who is John Kirby?',
  'Why would Russia buy shells?',
  'When did the air exercise take place?',
];

// A fresh Ed25519 key pair, as the Developer Portal gives each application.
const signer = new InteractionSigner();
let sent = 0;

function askBody(): string {
  sent += 1;
  const question = QUESTIONS[sent % QUESTIONS.length] ?? 'Who?';
  return JSON.stringify({
    id: String(1_100_000_000_000_000_000n + BigInt(sent)),
    application_id: '1100000000000000000',
    type: 2,
    token: `bench-token-${sent}`,
    version: 1,
    // A new user each time: the per-user cooldown would otherwise answer "slow down".
    member: { user: { id: String(1_200_000_000_000_000_000n + BigInt(sent)) } },
    data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  });
}

function post(port: number, agent: Agent): Promise<number> {
  const body = askBody();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/interactions',
        agent,
        headers: signer.headers(body),
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function drive(port: number, total: number): Promise<{ seconds: number; latencies: number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < total) {
      next += 1;
      latencies.push(await post(port, agent));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, latencies };
}

async function startServer(workers: number): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      PORT: String(port),
      WEB_CONCURRENCY: String(workers),
      // Answers are fast, so nothing goes to the webhook; this address refuses if anything did.
      DISCORD_API_URL: 'http://127.0.0.1:9/api',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Ready once every worker has said 200 (each fresh connection may go to another worker).
  const ready = new Set<unknown>();
  for (let tries = 0; ready.size < workers; tries += 1) {
    if (tries > 600) throw new Error('the endpoint did not become ready in 60 s');
    const health = await http(port, 'GET', '/healthz').catch(() => undefined);
    if (health?.status === 200) ready.add((health.body as { worker?: number }).worker ?? 0);
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, port };
}

/** The process and its children (the workers), from /proc (Linux; empty elsewhere). */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u);
    return [pid, ...children.filter(Boolean).flatMap((c) => processTree(Number(c)))];
  } catch {
    return [];
  }
}

/** CPU time (user + system) the processes have used, in ms; the kernel counts 100 ticks a second. */
function cpuMs(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return sum + (Number(fields[11]) + Number(fields[12])) * 10;
  }, 0);
}

const rows: string[] = [];
for (const workers of [1, 2]) {
  const { child, port } = await startServer(workers);
  await drive(port, 300); // warm-up: JIT, lazily built vocabularies
  const pids = child.pid ? processTree(child.pid) : [];
  const cpuBefore = pids.length > 0 ? cpuMs(pids) : 0;
  const { seconds, latencies } = await drive(port, REQUESTS);
  // CPU per interaction does not depend on what else the machine is doing; throughput does.
  const cpu = pids.length > 0 ? `${((cpuMs(pids) - cpuBefore) / REQUESTS).toFixed(2)} ms` : 'n/a';
  const ms = (p: number) => percentile(latencies, p).toFixed(1);
  const perSecond = Math.round(REQUESTS / seconds);
  rows.push(
    `| ${workers} | ${REQUESTS} | ${CONCURRENCY} | ${perSecond} | ${ms(0.5)} ms | ${ms(0.99)} ms | ${cpu} |`,
  );
  child.kill('SIGTERM');
  await once(child, 'exit');
}
process.stdout.write(
  [
    'Signed /ask over loopback (keep-alive connections), after 300 warm-up requests:',
    '',
    '| workers | requests | concurrency | interactions/s | p50 | p99 | server CPU per interaction |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
