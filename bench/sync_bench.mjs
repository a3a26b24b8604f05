// Sync benchmark: Buurtbrug's replicator (buurtbrug-admin replicate) against buurtbrug-server,
// next to PouchDB → express-pouchdb (both in memory) with PouchDB's default batch size and
// its best of several, on the same machine in the same run. Prints one JSON line per result.
// With BASELINE_SERVER=PATH (a buurtbrug-server of an earlier build) Buurtbrug's replicator
// also syncs against that server, taking turns with the current one: before and after, in
// the same run.
// Usage: node bench/sync_bench.mjs BUILD_DIR N [N...]
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/interop/package.json', import.meta.url));
const express = require('express');
const expressPouchDB = require('express-pouchdb');
const { PouchDB, startServer } = await import('../tests/interop/peers.mjs');

const build = process.argv[2] ?? 'build';
const counts = process.argv.slice(3).map(Number);
process.env.SERVER_BINARY ??= join(build, 'app/server/buurtbrug-server');
const ADMIN = join(build, 'app/admin/buurtbrug-admin');
const run = promisify(execFile);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });

function docs(n) {
  const list = [];
  for (let i = 0; i < n; ++i) list.push({ _id: `visit:${String(i).padStart(7, '0')}`, type: 'visit', count: i % 30, date: '2026-11-23' });
  return list;
}

async function fill(db, n) {
  const all = docs(n);
  for (let i = 0; i < all.length; i += 5000) await db.bulkDocs(all.slice(i, i + 5000));
}

async function replicateWithAdmin(data, source, target, extra = []) {
  const { stdout } = await run(ADMIN, ['replicate', source, target, '--data', data, '--json', '--batch', '1000', ...extra], { maxBuffer: 1 << 26 });
  const result = JSON.parse(stdout.trim().split('\n').pop());
  if (result.docs_written === undefined) throw new Error(stdout);
  return result;
}

function emit(row) { console.log(JSON.stringify(row)); }

const server = await startServer();
const baselineBinary = process.env.BASELINE_SERVER;
let baseline = null;
if (baselineBinary) {
  const current = process.env.SERVER_BINARY;
  process.env.SERVER_BINARY = baselineBinary;
  baseline = await startServer();
  process.env.SERVER_BINARY = current;
}
const app = express();
app.use('/', expressPouchDB(MemoryPouch, { inMemoryConfig: true, mode: 'minimumForPouchDB', logPath: join(tmpdir(), `bench-express-${process.pid}.log`) }));
const listener = await new Promise((resolve) => { const l = app.listen(0, '127.0.0.1', () => resolve(l)); });
const expressBase = `http://127.0.0.1:${listener.address().port}`;
const data = mkdtempSync(join(tmpdir(), 'bench-sync-'));
await run(ADMIN, ['init', '--data', data]);

// Each configuration runs `repeats` times and its best run counts, for both engines alike:
// on this shared machine one run can be a third slower than the next with nothing changed.
// 100k runs take minutes for the peer, so they run once.
const repeatsFor = (n) => (n <= 20000 ? 3 : 1);

try {
  for (const n of counts) {
    // Buurtbrug: the server database is filled over HTTP, then pulled to a device store and
    // pushed back into a fresh server database.
    const servers = [{ engine: 'buurtbrug', base: server.base }];
    if (baseline) servers.push({ engine: 'baseline', base: baseline.base });
    for (const { base } of servers) {
      const serverDb = new PouchDB(`${base}/bench-${n}`);
      await serverDb.info();
      await fill(serverDb, n);
    }
    // The engines take turns, Buurtbrug then PouchDB, so a slow or fast spell of this shared
    // machine falls on both alike rather than on whichever ran at that moment. Up to 20k a
    // round is one Buurtbrug run and the peer's three batch sizes, three rounds; above, where
    // a round of the peer takes minutes, Buurtbrug runs once before each of the peer's three
    // runs: three runs each, side by side.
    const ours = async (tag) => {
      for (const { engine, base } of servers) {
        const device = `device-${engine}-${n}-${tag}`;
        const pulled = await replicateWithAdmin(data, `${base}/bench-${n}`, device);
        emit({ engine, direction: 'pull', docs: n, ms: pulled.ms, requests: pulled.http_requests });
        const pushed = await replicateWithAdmin(data, device, `${base}/pushed-${n}-${tag}`, ['--create-target']);
        emit({ engine, direction: 'push', docs: n, ms: pushed.ms, requests: pushed.http_requests });
        if (tag === '0-100') {
          const noop = await replicateWithAdmin(data, device, `${base}/pushed-${n}-${tag}`);
          emit({ engine, direction: 'no-op', docs: n, ms: noop.ms, requests: noop.http_requests });
        }
      }
    };
    for (let r = 0; r < repeatsFor(n); ++r) {
      // PouchDB → express-pouchdb, default batch size (100) and larger ones; the best counts.
      for (const batch of [100, 500, 1000]) {
        if (batch === 100 || repeatsFor(n) === 1)
          await ours(`${r}-${batch}`);
        const local = new MemoryPouch(`local-${n}-${batch}-${r}`);
        await fill(local, n);
        let t = performance.now();
        const push = await local.replicate.to(`${expressBase}/p-${n}-${batch}-${r}`, { batch_size: batch, batches_limit: 10 });
        emit({ engine: 'pouchdb', direction: 'push', docs: n, batch, ms: Math.round(performance.now() - t), written: push.docs_written });
        const back = new MemoryPouch(`back-${n}-${batch}-${r}`);
        t = performance.now();
        await back.replicate.from(`${expressBase}/p-${n}-${batch}-${r}`, { batch_size: batch, batches_limit: 10 });
        emit({ engine: 'pouchdb', direction: 'pull', docs: n, batch, ms: Math.round(performance.now() - t) });
        await local.destroy();
        await back.destroy();
        await new PouchDB(`${expressBase}/p-${n}-${batch}-${r}`).destroy().catch(() => {}); // frees the peer's memory
      }
    }
  }
} finally {
  await server.stop();
  if (baseline) await baseline.stop();
  listener.close();
  rmSync(data, { recursive: true, force: true });
}
process.exit(0);
