// Reference run of the official Node MongoDB driver (version pinned in package.json) against the embedded server
// that bench/run-mongo.sh started, with the same plan as bench/Mongo.Benchmarks (ClientWorkload.cs, LoadPlan.cs):
//
//   node bench.mjs --uri mongodb://127.0.0.1:PORT/ [--out results.json]
//
// Operations, on sample_mflix.movies (1,000 documents):
//   findById   findOne({ _id }) cycling through every movie's _id in _id order
//   find100    find({}, { limit: 100 }).toArray()
// Latency: sequential operations on one client, 1.5 s of warm-up, then 5 rounds of 1 s; p50 and p99 over every
// operation of the rounds. Throughput: 8 workers (async loops sharing one client and its pool) for 1 s of warm-up,
// then 3 rounds of 1.5 s; operations per second of the median round.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { parseArgs } from '../../Common/js/harness.mjs';

const PLAN = {
  latencyWarmupMs: 1500, latencyRounds: 5, latencyRoundMs: 1000,
  workers: 8, throughputWarmupMs: 1000, throughputRounds: 3, throughputRoundMs: 1500,
};
const FIND_MANY_LIMIT = 100;

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
if (!args.uri) {
  console.error('usage: node bench.mjs --uri <mongodb-uri> [--out results.json]');
  process.exit(2);
}

const version = JSON.parse(readFileSync(join(here, 'node_modules', 'mongodb', 'package.json'), 'utf8')).version;
const client = new MongoClient(args.uri);
try {
  await client.connect();
  const movies = client.db('sample_mflix').collection('movies');
  const ids = (await movies.find({}, { projection: { _id: 1 }, sort: { _id: 1 } }).toArray()).map((d) => d._id);
  if (ids.length === 0) {
    throw new Error('sample_mflix.movies is empty: start the server with the seed folder');
  }

  console.log(`mongodb ${version} on Node ${process.version}: ${ids.length} movies at ${args.uri}`);
  let next = 0;
  const ops = {
    findById: {
      description: 'findOne({ _id }) over every movie id in turn',
      run: async () => {
        const doc = await movies.findOne({ _id: ids[next++ % ids.length] });
        if (doc === null) throw new Error('findById found nothing');
      },
    },
    find100: {
      description: `find({}, { limit: ${FIND_MANY_LIMIT} }).toArray()`,
      run: async () => {
        const docs = await movies.find({}, { limit: FIND_MANY_LIMIT }).toArray();
        if (docs.length !== FIND_MANY_LIMIT) throw new Error(`find100 read ${docs.length} documents`);
      },
    },
  };

  const operations = {};
  for (const [name, op] of Object.entries(ops)) {
    operations[name] = { description: op.description, ...(await latency(op.run)) };
  }

  for (const [name, op] of Object.entries(ops)) {
    Object.assign(operations[name], await throughput(op.run));
    const r = operations[name];
    console.log(`${name}: p50 ${r.p50Us.toFixed(1)} us, p99 ${r.p99Us.toFixed(1)} us (${r.samples} ops); ${r.opsPerSec.toFixed(0)} ops/s with ${PLAN.workers} workers`);
  }

  const result = { library: 'mongodb', version, node: process.version, plan: PLAN, operations };
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(result, null, 2));
  }
} finally {
  await client.close();
}

async function runFor(ms, run, onDone) {
  const end = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  for (;;) {
    const start = process.hrtime.bigint();
    if (start >= end) return;
    await run();
    onDone?.(process.hrtime.bigint() - start);
  }
}

async function latency(run) {
  await runFor(PLAN.latencyWarmupMs, run);
  const samples = [];
  for (let round = 0; round < PLAN.latencyRounds; round++) {
    await runFor(PLAN.latencyRoundMs, run, (ns) => samples.push(Number(ns)));
  }

  samples.sort((a, b) => a - b);
  return { p50Us: percentile(samples, 0.5) / 1000, p99Us: percentile(samples, 0.99) / 1000, samples: samples.length };
}

async function throughput(run) {
  const round = async (ms) => {
    let count = 0;
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: PLAN.workers }, () => runFor(ms, run, () => { count += 1; })));
    return count / (Number(process.hrtime.bigint() - start) / 1e9);
  };
  await round(PLAN.throughputWarmupMs);
  const rounds = [];
  for (let i = 0; i < PLAN.throughputRounds; i++) {
    rounds.push(await round(PLAN.throughputRoundMs));
  }

  return { opsPerSec: [...rounds].sort((a, b) => a - b)[Math.floor(rounds.length / 2)], throughputRounds: rounds };
}

// Nearest-rank percentile of sorted samples, the same definition as Percentiles.cs.
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
