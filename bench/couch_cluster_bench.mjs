// Replication against a real Apache CouchDB 3 cluster, side by side in one run: Buurtbrug's
// replicator (buurtbrug-admin replicate, the app's Replicator and HttpPeer), PouchDB's
// replicator (in-memory PouchDB in this process), and CouchDB's own replicator (`_replicate`,
// one-shot, copying the same database inside the cluster). Push and pull of N documents, each
// configuration three times, taking turns so a slow spell of the shared machine falls on all.
// Prints one JSON line per result.
// Usage: node bench/couch_cluster_bench.mjs BUILD_DIR COUCH_ADMIN_URL N
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const { PouchDB } = await import('../tests/interop/peers.mjs');
const build = process.argv[2] ?? 'build';
const couch = (process.argv[3] ?? '').replace(/\/$/, '');
const n = Number(process.argv[4] ?? 10000);
const ADMIN = join(build, 'app/admin/buurtbrug-admin');
const run = promisify(execFile);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
const auth = 'Basic ' + Buffer.from(decodeURIComponent(new URL(couch).username) + ':' + decodeURIComponent(new URL(couch).password)).toString('base64');
const plain = (() => { const u = new URL(couch); u.username = ''; u.password = ''; return u.toString().replace(/\/$/, ''); })();

async function http(method, path, body) {
  const res = await fetch(plain + path, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

function docs(from, to) {
  const list = [];
  for (let i = from; i < to; ++i) list.push({ _id: `visit:${String(i).padStart(7, '0')}`, type: 'visit', count: i % 30, date: '2026-11-23' });
  return list;
}

async function ours(data, source, target, extra = []) {
  const { stdout } = await run(ADMIN, ['replicate', source, target, '--data', data, '--json', '--batch', '1000', ...extra], { maxBuffer: 1 << 26 });
  const result = JSON.parse(stdout.trim().split('\n').pop());
  if (result.docs_written === undefined || result.doc_write_failures) throw new Error(stdout);
  return result;
}

// A result that did not move every document is an error, not a fast run.
function emit(row) {
  if (row.written !== undefined && row.written !== row.docs) throw new Error(`incomplete: ${JSON.stringify(row)}`);
  console.log(JSON.stringify(row));
}
// PouchDB (fetch) takes credentials as an option, not in the URL.
const remote = (db) => new PouchDB(`${plain}/${db}`, { auth: { username: decodeURIComponent(new URL(couch).username), password: decodeURIComponent(new URL(couch).password) } });

const data = mkdtempSync(join(tmpdir(), 'bench-couch-'));
await run(ADMIN, ['init', '--data', data]);
try {
  await http('PUT', '/bench-src').catch(() => {});
  for (let i = 0; i < n; i += 2000) await http('POST', '/bench-src/_bulk_docs', { docs: docs(i, Math.min(n, i + 2000)) });
  for (let r = 0; r < 3; ++r) {
    // Buurtbrug: pull the cluster's database into a fresh device store, push it into a fresh one.
    const device = `device-${r}`;
    const pulled = await ours(data, `${couch}/bench-src`, device);
    emit({ engine: 'buurtbrug', direction: 'pull', docs: n, ms: pulled.ms, written: pulled.docs_written });
    const pushed = await ours(data, device, `${couch}/bench-ours-${r}`, ['--create-target']);
    emit({ engine: 'buurtbrug', direction: 'push', docs: n, ms: pushed.ms, written: pushed.docs_written });

    // PouchDB: its default batch size (100) and larger ones; the best counts.
    let t;
    for (const batch of [100, 500, 1000]) {
      const local = new MemoryPouch(`pull-${r}-${batch}`);
      t = performance.now();
      const back = await local.replicate.from(remote('bench-src'), { batch_size: batch, batches_limit: 10 });
      emit({ engine: 'pouchdb', direction: 'pull', docs: n, batch, ms: Math.round(performance.now() - t), written: back.docs_written });
      await http('PUT', `/bench-pouch-${r}-${batch}`);
      t = performance.now();
      const push = await local.replicate.to(remote(`bench-pouch-${r}-${batch}`), { batch_size: batch, batches_limit: 10 });
      emit({ engine: 'pouchdb', direction: 'push', docs: n, batch, ms: Math.round(performance.now() - t), written: push.docs_written });
      await local.destroy();
    }

    // The cluster's own floor: the same documents written by bare _bulk_docs calls of 1000
    // (bodies made before the clock starts), and read back by bare _all_docs pages of 1000.
    const bodies = [];
    for (let i = 0; i < n; i += 1000)
      bodies.push(JSON.stringify({ new_edits: false, docs: docs(i, Math.min(n, i + 1000)).map((d) => ({ ...d, _rev: '1-' + 'a'.repeat(32) })) }));
    await http('PUT', `/bench-floor-${r}`);
    t = performance.now();
    for (const body of bodies) {
      const res = await fetch(`${plain}/bench-floor-${r}/_bulk_docs`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body });
      if (res.status !== 201) throw new Error(`floor write: ${res.status}`);
      await res.arrayBuffer();
    }
    emit({ engine: 'floor', direction: 'push', docs: n, ms: Math.round(performance.now() - t) });
    t = performance.now();
    let read = 0;
    for (let startkey = null; ;) {
      const page = await http('GET', `/bench-src/_all_docs?include_docs=true&limit=1001${startkey ? '&startkey=' + encodeURIComponent(JSON.stringify(startkey)) : ''}`);
      read += Math.min(1000, page.rows.length);
      if (page.rows.length <= 1000) break;
      startkey = page.rows[1000].id;
    }
    emit({ engine: 'floor', direction: 'pull', docs: n, ms: Math.round(performance.now() - t), written: read });

    // CouchDB's own replicator copying the same database within the cluster (defaults).
    t = performance.now();
    const copy = await http('POST', '/_replicate', { source: `${couch}/bench-src`, target: `${couch}/bench-couch-${r}`, create_target: true });
    emit({ engine: 'couchdb', direction: 'copy', docs: n, ms: Math.round(performance.now() - t), written: copy.history?.[0]?.docs_written });
  }
} finally {
  rmSync(data, { recursive: true, force: true });
}
process.exit(0);
