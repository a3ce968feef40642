// Reference run of npm `bson` (js-bson) on the same documents as bench/Bson.Benchmarks.
//
//   node --expose-gc bench.mjs [--out results.json] [--corpus-out corpus.bson] [--data path/to/movies.json.gz]
//
// Reads the movies file (one relaxed Extended JSON document per line), builds the BSON corpus with
// EJSON.parse + BSON.serialize (typed exactly as ours, see loadCorpus), and times one pass over all documents of:
//   deserialize          BSON.deserialize(bytes)                        (default options: plain JS values)
//   serialize            BSON.serialize(doc) -> new Buffer per document (doc: plain JS values, see toNatural)
//   serializeIntoBuffer  BSON.serializeWithBufferAndIndex(doc, reused)  (the reused-output-buffer form)
//   serializeTyped       BSON.serialize(doc) on the EJSON.parse tree    (Int32/Double/ObjectId wrappers; info only)
// Throughput is the corpus's total BSON bytes over the median per-pass time of several timed batches.
// Allocation per document is measured in a child process whose young generation is large enough that a pass
// runs without any GC; it is reported only when no GC was seen in the measured window, else null.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { BSON, EJSON } from 'bson';
import { measureInterleaved, parseArgs } from '../../Common/js/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const dataPath = resolve(
  args.data ??
    process.env.BSON_BENCH_DATA ??
    join(process.env.SHARED_DIR ?? join(here, '..', '..', '..', '..', 'shared'), 'data', 'sample_mflix', 'movies.json.gz'),
);

const corpus = loadCorpus(dataPath);

if (args['alloc-probe']) {
  process.stdout.write(JSON.stringify(await probeAllocations(corpus)));
  process.exit(0);
}

main();

function main() {
  const bsonVersion = JSON.parse(readFileSync(join(here, 'node_modules', 'bson', 'package.json'), 'utf8')).version;
  console.log(`js-bson ${bsonVersion} on Node ${process.version}: ${dataPath}`);
  console.log(`Corpus: ${corpus.bson.length} documents, ${corpus.totalBytes} BSON bytes, sha256 ${corpus.sha256}`);
  console.log(`Serialize inputs give the corpus bytes back: ${corpus.serializeInputsIdentical ? 'yes, all documents' : 'NO'}`);
  console.log(
    `serialize(deserialize(bson)) == bson with default options: ${corpus.plainRoundTripIdentical} of ${corpus.bson.length} ` +
      '(plain JS numbers lose the double type of integral doubles)',
  );

  const allocations = runAllocationProbe();
  const ops = operations(corpus);
  const results = {};
  // Each pass's result is folded into a number, so the harness's sink keeps the work from being optimised away.
  const runs = Object.fromEntries(Object.entries(ops).map(([name, op]) => [name, { run: () => consume(op.pass()) }]));
  const timings = measureInterleaved(runs, { warmupMs: 1500, batchMs: 200 });
  for (const [name, op] of Object.entries(ops)) {
    const timing = timings[name];
    const mbPerSecond = corpus.totalBytes / (timing.medianNs / 1e9) / 1e6;
    results[name] = {
      description: op.description,
      mbPerSecond,
      bestMbPerSecond: corpus.totalBytes / (timing.minNs / 1e9) / 1e6,
      nsPerPass: timing.medianNs,
      minNsPerPass: timing.minNs,
      maxNsPerPass: timing.maxNs,
      batches: timing.batches,
      passes: timing.count,
      allocatedBytesPerDocument: allocations?.[name] ?? null,
    };
    const alloc = results[name].allocatedBytesPerDocument;
    console.log(
      `${name.padEnd(20)} ${mbPerSecond.toFixed(1).padStart(8)} MB/s  ` +
        `median ${(timing.medianNs / 1e6).toFixed(3)} ms/pass (min ${(timing.minNs / 1e6).toFixed(3)}, max ${(timing.maxNs / 1e6).toFixed(3)}; ` +
        `${timing.batches} batches, ${timing.count} passes)  ` +
        `alloc/doc ${alloc === null ? 'n/a' : `~${Math.round(alloc)} B`}`,
    );
  }

  const output = {
    library: 'bson',
    version: bsonVersion,
    node: process.version,
    dataPath,
    documents: corpus.bson.length,
    totalBytes: corpus.totalBytes,
    sha256: corpus.sha256,
    ejsonParse: 'EJSON.parse(markDoubles(line), { relaxed: false })',
    corpusPath: args['corpus-out'] ? resolve(args['corpus-out']) : null,
    serializeInputsIdentical: corpus.serializeInputsIdentical,
    plainRoundTripIdentical: corpus.plainRoundTripIdentical,
    allocationMethod: allocations
      ? 'child process with --min/max-semi-space-size=1024 (MB): heapUsed + arrayBuffers growth over one pass with no GC observed, / documents'
      : 'n/a',
    operations: results,
  };
  if (args.out) {
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    writeFileSync(args.out, JSON.stringify(output, null, 2) + '\n');
    console.log(`Results written to ${resolve(args.out)}`);
  }
  if (args['corpus-out']) {
    writeFileSync(args['corpus-out'], Buffer.concat(corpus.bson));
    console.log(`Corpus BSON written to ${resolve(args['corpus-out'])}`);
  }
  if (!corpus.serializeInputsIdentical) {
    process.exitCode = 1;
  }
}

function loadCorpus(path) {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(line => line.length > 0);
  // The same documents as ours: ExtendedJson.ParseDocument reads an integer literal as int32 (int64 when out of
  // range) and a literal with a fraction or exponent as a double, as the Extended JSON spec says. EJSON.parse
  // with relaxed: false does the same for integers, but it sees numbers only after JSON.parse, so "6.0" arrives
  // as 6 and would become Int32. markDoubles first rewrites such literals to {"$numberDouble":"6.0"}.
  const typed = lines.map(line => EJSON.parse(markDoubles(line), { relaxed: false }));
  const bson = typed.map(doc => BSON.serialize(doc));
  const hash = createHash('sha256');
  for (const bytes of bson) hash.update(bytes);
  // What a Node application would hand to serialize: plain JS values, a Double wrapper kept only where a plain
  // number would be written as int32 (an integral double such as 6.0).
  const natural = typed.map(toNatural);
  const serializeInputsIdentical = natural.every((doc, i) => Buffer.compare(BSON.serialize(doc), bson[i]) === 0);
  // Default deserialize returns plain numbers, so an integral double comes back as int32: count, for the record.
  const plainRoundTripIdentical = bson.filter(b => Buffer.compare(BSON.serialize(BSON.deserialize(b)), b) === 0).length;
  return {
    typed,
    natural,
    bson,
    totalBytes: bson.reduce((sum, b) => sum + b.length, 0),
    maxBytes: bson.reduce((max, b) => Math.max(max, b.length), 0),
    sha256: hash.digest('hex'),
    serializeInputsIdentical,
    plainRoundTripIdentical,
  };
}

// Wraps each number literal with a fraction or exponent, outside strings, as {"$numberDouble":"<literal>"}.
function markDoubles(json) {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included.
      for (i++; i < json.length && json.charCodeAt(i) !== 0x22; i++) if (json.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < json.length && /[0-9eE.+-]/.test(json[end])) end++;
      const literal = json.slice(i, end);
      if (/[.eE]/.test(literal)) {
        out += json.slice(from, i) + `{"$numberDouble":"${literal}"}`;
        from = end;
      }
      i = end - 1;
    }
  }
  return out + json.slice(from);
}

function toNatural(value) {
  if (Array.isArray(value)) return value.map(toNatural);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  switch (value._bsontype) {
    case 'Int32':
      return value.value;
    case 'Double':
      return Number.isInteger(value.value) || Object.is(value.value, -0) ? value : value.value;
    case undefined: {
      const doc = {};
      for (const key of Object.keys(value)) doc[key] = toNatural(value[key]);
      return doc;
    }
    default:
      return value;
  }
}

function operations({ bson, natural, typed, maxBytes }) {
  const reused = Buffer.alloc(maxBytes);
  return {
    deserialize: {
      description: 'BSON.deserialize(bytes) per document, default options',
      pass() {
        let last;
        for (let i = 0; i < bson.length; i++) last = BSON.deserialize(bson[i]);
        return last;
      },
    },
    serialize: {
      description: 'BSON.serialize(doc) per document, doc of plain JS values (Double only for integral doubles); new Buffer each',
      pass() {
        let written = 0;
        for (let i = 0; i < natural.length; i++) written += BSON.serialize(natural[i]).length;
        return written;
      },
    },
    serializeIntoBuffer: {
      description: 'BSON.serializeWithBufferAndIndex(doc, reusedBuffer) per document, same docs as serialize',
      pass() {
        let written = 0;
        for (let i = 0; i < natural.length; i++) written += BSON.serializeWithBufferAndIndex(natural[i], reused) + 1;
        return written;
      },
    },
    serializeTyped: {
      description: 'BSON.serialize(doc) per document, doc as EJSON.parse(relaxed: false) returns it (every number wrapped); info only',
      pass() {
        let written = 0;
        for (let i = 0; i < typed.length; i++) written += BSON.serialize(typed[i]).length;
        return written;
      },
    },
  };
}


function consume(result) {
  return typeof result === 'number' ? result : result ? 1 : 0;
}

function runAllocationProbe() {
  try {
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--min-semi-space-size=1024',
        '--max-semi-space-size=1024',
        fileURLToPath(import.meta.url),
        '--alloc-probe',
        '--data',
        dataPath,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    return JSON.parse(out);
  } catch (error) {
    console.log(`Allocation probe failed, reporting n/a: ${error.message.split('\n')[0]}`);
    return null;
  }
}

// Runs in the child process: per operation, warm up, collect, then one pass with no GC in between.
function probeAllocations(data) {
  if (typeof globalThis.gc !== 'function') return {};
  const gcEntries = [];
  const observer = new PerformanceObserver(list => gcEntries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const result = {};
  const ops = Object.entries(operations(data));
  for (const [, op] of ops) for (let i = 0; i < 20; i++) op.pass();

  // GC entries arrive asynchronously, so measure every operation first and judge afterwards.
  const windows = [];
  for (const [name, op] of ops) {
    const samples = [];
    for (let repeat = 0; repeat < 5; repeat++) {
      globalThis.gc();
      const before = process.memoryUsage();
      const start = performance.now();
      const kept = op.pass();
      const end = performance.now();
      const after = process.memoryUsage();
      consume(kept);
      samples.push({
        start,
        end,
        bytes: after.heapUsed - before.heapUsed + (after.arrayBuffers - before.arrayBuffers),
      });
    }
    windows.push({ name, samples });
  }
  // Let pending GC performance entries be delivered before judging.
  const deadline = Date.now() + 50;
  while (Date.now() < deadline);
  return new Promise(resolveProbe => {
    setTimeout(() => {
      observer.disconnect();
      for (const { name, samples } of windows) {
        const clean = samples.filter(
          s => !gcEntries.some(e => e.startTime + e.duration >= s.start && e.startTime <= s.end),
        );
        if (clean.length === 0) {
          result[name] = null;
          continue;
        }
        const bytes = clean.map(s => s.bytes).sort((a, b) => a - b);
        result[name] = bytes[bytes.length >> 1] / data.bson.length;
      }
      resolveProbe(result);
    }, 50);
  });
}

