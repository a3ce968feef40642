// The timing harness the JS reference runs share, so every reference is measured by the same rules.

// Each operation warms up for `warmupMs`; then `rounds` rounds, each timing one batch (at least `batchMs` of whole
// calls) of every operation in turn, so that a slow spell of a shared machine falls on all operations alike rather
// than on whichever ran then. `op.run()` returns a number folded into a sink so the work cannot be optimised away.
// Per operation: the median, min and max time per call over its batches, the batch count and the call count.
// No forced gc() between batches: a full collection shrinks V8's young generation again, which made garbage-heavy
// operations (js-bson's deserialize, ~16 MB per pass) look up to 2x slower than they run in a steady process.
export function measureInterleaved(operations, { warmupMs, batchMs, rounds = 15 }) {
  let sink = 0;
  const entries = Object.entries(operations);
  for (const [, op] of entries) {
    const end = performance.now() + warmupMs;
    while (performance.now() < end) sink ^= op.run();
  }
  const perCall = Object.fromEntries(entries.map(([name]) => [name, []]));
  const counts = Object.fromEntries(entries.map(([name]) => [name, 0]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, op] of entries) {
      const start = process.hrtime.bigint();
      const budget = start + BigInt(batchMs) * 1_000_000n;
      let n = 0;
      let now;
      do {
        sink ^= op.run();
        n++;
        now = process.hrtime.bigint();
      } while (now < budget);
      counts[name] += n;
      perCall[name].push(Number(now - start) / n);
    }
  }
  globalThis.benchSink = sink;
  const timings = {};
  for (const [name] of entries) {
    const sorted = perCall[name].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    timings[name] = {
      medianNs: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
      minNs: sorted[0],
      maxNs: sorted[sorted.length - 1],
      batches: sorted.length,
      count: counts[name],
    };
  }
  return timings;
}

// `--key value` pairs and bare `--flag`s.
export function parseArgs(argv) {
  const parsed = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) parsed[key] = argv[++i];
    else parsed[key] = true;
  }
  return parsed;
}
