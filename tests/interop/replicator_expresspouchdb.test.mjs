// Buurtbrug's replicator (buurtbrug-admin replicate) against express-pouchdb (in memory) from
// npm, in both directions. The result is read back through PouchDB's HTTP client from
// express-pouchdb and from buurtbrug-server serving the same data folder: documents,
// winners, conflicts and revision trees must be identical.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import { PouchDB, startServer, tree, winner } from './peers.mjs';

const ADMIN_BINARY = process.env.ADMIN_BINARY;
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
let listener;
let expressBase;
let data;
let server;

// Asynchronous: express-pouchdb answers from this very process, so it must not be blocked.
async function admin(...args) {
  const { stdout } = await promisify(execFile)(ADMIN_BINARY, [...args, '--data', data, '--json'], { encoding: 'utf8', timeout: 120000 });
  return JSON.parse(stdout.trim().split('\n').pop());
}

before(async () => {
  assert.ok(ADMIN_BINARY, 'ADMIN_BINARY is not set');
  const app = express();
  app.use('/', expressPouchDB(MemoryPouch, { inMemoryConfig: true, mode: 'minimumForPouchDB', logPath: join(tmpdir(), `express-pouchdb-${process.pid}.log`) }));
  await new Promise((resolve) => { listener = app.listen(0, '127.0.0.1', resolve); });
  expressBase = `http://127.0.0.1:${listener.address().port}`;
  data = mkdtempSync(join(tmpdir(), 'buurtbrug-express-'));
  execFileSync(ADMIN_BINARY, ['init', '--data', data]);
});

after(async () => {
  await server?.stop();
  await new Promise((resolve) => listener?.close(resolve));
  if (data) rmSync(data, { recursive: true, force: true });
});

async function fill(db) {
  const ids = [];
  for (let i = 0; i < 120; ++i) {
    const id = `contact:${String(i).padStart(3, '0')}`;
    ids.push(id);
    const { rev } = await db.put({ _id: id, person: `K-${i}`, note: 'çay ş ğ İ ł مرحبا' });
    if (i % 2 === 0) await db.put({ _id: id, _rev: rev, person: `K-${i}`, followUp: '2026-12-01' });
    if (i % 11 === 0) await db.remove(await db.get(id));
  }
  // Conflicts as replication from two devices leaves them.
  await db.bulkDocs([
    { _id: 'conflicted', _rev: '2-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', v: 'a', _revisions: { start: 2, ids: ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '11111111111111111111111111111111'] } },
    { _id: 'conflicted', _rev: '3-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', v: 'b', _revisions: { start: 3, ids: ['bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccccccccccc', '11111111111111111111111111111111'] } },
    { _id: 'conflicted', _rev: '2-dddddddddddddddddddddddddddddddd', _deleted: true, _revisions: { start: 2, ids: ['dddddddddddddddddddddddddddddddd', '11111111111111111111111111111111'] } },
  ], { new_edits: false });
  ids.push('conflicted');
  return ids;
}

async function assertSameTrees(a, b, ids) {
  for (const id of ids) {
    assert.deepEqual(await tree(b, id), await tree(a, id), `revision tree of ${id}`);
    const wa = await winner(a, id).catch((e) => e.status);
    const wb = await winner(b, id).catch((e) => e.status);
    assert.deepEqual(wb, wa, `winner of ${id}`);
  }
}

test('pull: express-pouchdb → Buurtbrug store, identical trees', async () => {
  const source = new PouchDB(`${expressBase}/source`);
  const ids = await fill(source);
  const result = await admin('replicate', `${expressBase}/source`, 'pulled');
  assert.equal(result.doc_write_failures, 0);
  assert.ok(result.docs_written >= 121);
  server = await startServer(data);
  const pulled = new PouchDB(`${server.base}/pulled`, { skip_setup: true });
  await assertSameTrees(source, pulled, ids);
  const again = await admin('replicate', `${expressBase}/source`, 'pulled');
  assert.equal(again.docs_read, 0, 'second run starts from the checkpoint');
});

test('push: Buurtbrug store → express-pouchdb, identical trees', async () => {
  const result = await admin('replicate', 'pulled', `${expressBase}/pushed`, '--create-target');
  assert.equal(result.doc_write_failures, 0);
  const pushed = new PouchDB(`${expressBase}/pushed`);
  const pulled = new PouchDB(`${server.base}/pulled`, { skip_setup: true });
  const ids = (await pulled.allDocs()).rows.map((r) => r.id).concat(['contact:000', 'contact:011', 'conflicted']);
  await assertSameTrees(pulled, pushed, ids);
  assert.equal((await pushed.info()).doc_count, (await pulled.info()).doc_count);
});
