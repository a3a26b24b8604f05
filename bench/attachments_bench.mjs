// Attachment benchmark: N documents with a photo-sized attachment each (different bytes per
// document, not compressible), pushed and pulled by Buurtbrug's replicator (buurtbrug-admin
// replicate, a local SQLite store) against buurtbrug-server, next to PouchDB's replicator (its
// memory adapter, as bench/sync_bench.mjs uses) against Apache CouchDB 3.4.3: same machine, same
// run. One JSON line per run: engine, direction, docs, bytes, ms, the client's and the server's
// peak RSS during it (a client that holds its store in memory counts the store too).
// Usage: node bench/attachments_bench.mjs BUILD_DIR COUCHDB_ADMIN_URL [DOCS] [KB]
//        (internal: node bench/attachments_bench.mjs --pouchdb push|pull COUCHDB_DB_URL DOCS KB)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PouchDB, startServer, memoryDb } from '../tests/interop/peers.mjs';

function photo(i, size) {
  const bytes = Buffer.alloc(size);
  let x = ((i + 1) * 2654435761) >>> 0;
  for (let k = 0; k < size; ++k) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; bytes[k] = x >>> 24; }
  return bytes;
}
const makeDoc = (i, size) => ({ _id: `photo-${String(i).padStart(5, '0')}`, i,
  _attachments: { 'photo.jpg': { content_type: 'image/jpeg', data: photo(i, size).toString('base64') } } });
async function seed(db, docs, size) {
  for (let i = 0; i < docs; i += 50)
    await db.bulkDocs(Array.from({ length: Math.min(50, docs - i) }, (_, k) => makeDoc(i + k, size)));
}

// Peak RSS of a process since the last reset (Linux: VmHWM, reset by writing 5 to clear_refs).
const resetPeak = (pid) => { try { writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* not Linux */ } };
const peakKb = (pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

// A child process, timed, with its peak RSS (GNU time).
function timed(command, args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'RSSKB %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${run.stderr}`);
  return { ms, rssKb: Number(/RSSKB (\d+)/.exec(run.stderr)?.[1] ?? 0), stdout: run.stdout };
}

if (process.argv[2] === '--pouchdb') {
  // One PouchDB replication in a process of its own, so its peak RSS is its own.
  const [direction, url, docs, kb] = process.argv.slice(3);
  const local = memoryDb();
  const remote = new PouchDB(url);
  if (direction === 'push') await seed(local, Number(docs), Number(kb) * 1024);
  const started = performance.now();
  const result = direction === 'push' ? await local.replicate.to(remote) : await local.replicate.from(remote);
  console.log(JSON.stringify({ ms: performance.now() - started, written: result.docs_written, failures: result.doc_write_failures }));
  process.exit(0);
}

const [build, couchUrl, docsArg, kbArg] = process.argv.slice(2);
const docs = Number(docsArg ?? 1000);
const kb = Number(kbArg ?? 100);
const size = kb * 1024;
const admin = join(build, 'app/admin/buurtbrug-admin');
process.env.SERVER_BINARY ??= join(build, 'app/server/buurtbrug-server');
const report = (row) => console.log(JSON.stringify({ docs, bytes: docs * size, ...row }));

// Buurtbrug: the server holds the source; pull it into a local store, push that to a new database.
{
  const server = await startServer();
  const source = new PouchDB(`${server.base}/photos`);
  await source.info();
  await seed(source, docs, size);
  const data = mkdtempSync(join(tmpdir(), 'buurtbrug-attbench-'));
  for (const [direction, args] of [
    ['pull', ['replicate', `${server.base}/photos`, 'photos', '--data', data]],
    ['push', ['replicate', 'photos', `${server.base}/copy`, '--create-target', '--data', data]],
  ]) {
    resetPeak(server.pid);
    const run = timed(admin, args);
    report({ engine: 'buurtbrug', direction, ms: Math.round(run.ms), clientPeakKb: run.rssKb, serverPeakKb: peakKb(server.pid),
             detail: run.stdout.trim().split('\n').pop() });
  }
  rmSync(data, { recursive: true, force: true });
  await server.stop();
}

// PouchDB → CouchDB: push a seeded memory database to a new CouchDB database, pull it back.
{
  const db = `${couchUrl}/attbench-${Date.now()}`;
  const couchPid = Number(process.env.COUCHDB_PID ?? 0);
  const self = fileURLToPath(import.meta.url);
  for (const direction of ['push', 'pull']) {
    if (couchPid) resetPeak(couchPid);
    const run = timed(process.execPath, [self, '--pouchdb', direction, db, String(docs), String(kb)]);
    const inner = JSON.parse(run.stdout.trim().split('\n').pop());
    report({ engine: 'pouchdb-couchdb', direction, ms: Math.round(inner.ms), clientPeakKb: run.rssKb,
             serverPeakKb: couchPid ? peakKb(couchPid) : 0, detail: `${inner.written} written, ${inner.failures} failed` });
  }
  await new PouchDB(db).destroy();
}
