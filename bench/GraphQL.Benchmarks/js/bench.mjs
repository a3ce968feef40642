// Reference run of graphql-js on the same inputs as bench/GraphQL.Benchmarks.
//
//   node bench.mjs [--out results.json] [--fixtures path/to/specs/graphql/fixtures/graphql-js]
//
// Times one operation of:
//   parseGithubSchema   parse(source) of github-schema.graphql (a JS string, as graphql-js takes it)
//   parseKitchenSink    parse(source) of kitchen-sink.graphql
//   executeItemList     execute({ schema, document, rootValue }) of a 1,000-item list with 3 nested fields, then
//                       JSON.stringify(result); same SDL, query and data as ExecutionFixture.cs, default resolvers
// Each operation warms up, then rounds of timed batches (one batch of every operation per round, interleaved so a
// slow spell of a shared machine falls on all alike); per operation the median and fastest batch are reported.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse } from 'graphql';
import { measureInterleaved, parseArgs } from '../../Common/js/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));
const fixtures = resolve(
  args.fixtures ??
    process.env.GRAPHQL_BENCH_FIXTURES ??
    join(process.env.SHARED_DIR ?? join(here, '..', '..', '..', '..', 'shared'), 'specs', 'graphql', 'fixtures', 'graphql-js'),
);

// Must match ExecutionFixture.cs exactly: the two sides' responses are compared by SHA-256.
const SDL = `type Query { items: [Item!]! }
type Item { id: ID! name: String! value: Float! child: Child! }
type Child { a: Int! b: String! c: Boolean! }`;
const QUERY = '{ items { id name value child { a b c } } }';
const ITEM_COUNT = 1000;

const githubSchema = readFileSync(join(fixtures, 'github-schema.graphql'), 'utf8');
const kitchenSink = readFileSync(join(fixtures, 'kitchen-sink.graphql'), 'utf8');
const schema = buildSchema(SDL);
const document = parse(QUERY);
const rootValue = { items: buildItems() };

const version = JSON.parse(readFileSync(join(here, 'node_modules', 'graphql', 'package.json'), 'utf8')).version;
console.log(`graphql-js ${version} on Node ${process.version}: fixtures ${fixtures}`);

const response = JSON.stringify(executeSync());
const responseBytes = Buffer.from(response, 'utf8');
const executionSha256 = createHash('sha256').update(responseBytes).digest('hex');
console.log(`Execution response ${responseBytes.length} bytes, sha256 ${executionSha256}`);
if (response.includes('"errors"')) {
  console.error(`graphql-js answered with errors: ${response.slice(0, 300)}`);
  process.exit(1);
}

const ops = {
  parseGithubSchema: {
    description: 'parse(source) of github-schema.graphql, source a JS string',
    bytes: Buffer.byteLength(githubSchema, 'utf8'),
    run: () => parse(githubSchema).definitions.length,
  },
  parseKitchenSink: {
    description: 'parse(source) of kitchen-sink.graphql, source a JS string',
    bytes: Buffer.byteLength(kitchenSink, 'utf8'),
    run: () => parse(kitchenSink).definitions.length,
  },
  executeItemList: {
    description: 'execute({ schema, document, rootValue }) + JSON.stringify(result), 1,000 items, default resolvers',
    bytes: null,
    run: () => JSON.stringify(executeSync()).length,
  },
};

const timings = measureInterleaved(ops, { warmupMs: 1000, batchMs: 150 });
const results = {};
for (const [name, op] of Object.entries(ops)) {
  const t = timings[name];
  results[name] = { description: op.description, nsPerOp: t.medianNs, minNsPerOp: t.minNs, maxNsPerOp: t.maxNs, batches: t.batches, operations: t.count };
  const rate = op.bytes === null ? `${(1e9 / t.medianNs).toFixed(1)} ops/s` : `${(op.bytes / (t.medianNs / 1e9) / 1e6).toFixed(1)} MB/s`;
  console.log(`${name.padEnd(18)} ${rate.padStart(14)}  median ${(t.medianNs / 1e3).toFixed(2)} us/op (min ${(t.minNs / 1e3).toFixed(2)}, max ${(t.maxNs / 1e3).toFixed(2)}; ${t.batches} batches, ${t.count} ops)`);
}

const output = { library: 'graphql', version, node: process.version, fixtures, executionSha256, executionLength: responseBytes.length, operations: results };
if (args.out) {
  mkdirSync(dirname(resolve(args.out)), { recursive: true });
  writeFileSync(args.out, JSON.stringify(output, null, 2) + '\n');
  console.log(`Results written to ${resolve(args.out)}`);
}

function executeSync() {
  const result = execute({ schema, document, rootValue });
  if (typeof result?.then === 'function') throw new Error('execute returned a promise; the resolvers here are synchronous');
  return result;
}

// id "item-i", name "Item i", value i + 0.25, child { a: i, b: "b-i", c: even }: as ExecutionFixture.BuildItems.
function buildItems() {
  const items = new Array(ITEM_COUNT);
  for (let i = 0; i < ITEM_COUNT; i++) {
    items[i] = { id: `item-${i}`, name: `Item ${i}`, value: i + 0.25, child: { a: i, b: `b-${i}`, c: i % 2 === 0 } };
  }
  return items;
}


