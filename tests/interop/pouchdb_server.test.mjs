// PouchDB 9 (from npm) replicating with buurtbrug-server over 127.0.0.1: push, pull, live,
// conflicts, deletions and attachments. After each replication both sides must hold identical documents
// and identical revision trees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PouchDB, startServer, memoryDb, tree, winner, eventually } from './peers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

let dbCounter = 0;
async function remoteDb() {
  const db = new PouchDB(`${server.base}/interop-${++dbCounter}`);
  await db.info(); // PouchDB creates the database (PUT) as the admin
  return db;
}

async function assertSameTrees(a, b, ids) {
  for (const id of ids) {
    assert.deepEqual(await tree(b, id), await tree(a, id), `revision tree of ${id}`);
    assert.deepEqual(await winner(b, id), await winner(a, id), `winner of ${id}`);
  }
}

test('push: edits, deletions and a deep history arrive with identical trees', async () => {
  const local = memoryDb();
  const remote = await remoteDb();
  const ids = [];
  for (let i = 0; i < 150; ++i) {
    const id = `visit:${String(i).padStart(4, '0')}`;
    ids.push(id);
    const { rev } = await local.put({ _id: id, type: 'visit', count: i, note: `bezoek ${i} — café İstanbul مقهى` });
    if (i % 3 === 0) await local.put({ _id: id, _rev: rev, type: 'visit', count: i + 1 });
    if (i % 10 === 0) await local.remove(id, (await local.get(id))._rev);
  }
  let doc = await local.put({ _id: 'deep', n: 0 });
  for (let n = 1; n < 40; ++n) doc = await local.put({ _id: 'deep', _rev: doc.rev, n });
  ids.push('deep');

  const result = await local.replicate.to(remote);
  assert.equal(result.ok, true);
  assert.equal(result.doc_write_failures, 0);
  assert.equal(result.docs_written, 151);
  const liveIds = ids.filter((id, i) => id === 'deep' || i % 10 !== 0);
  await assertSameTrees(local, remote, liveIds);
  const info = await remote.info();
  assert.equal(info.doc_count, 136);
  assert.equal(info.doc_del_count, 15);

  // A second replication finds nothing to do, from the checkpoint.
  const again = await local.replicate.to(remote);
  assert.equal(again.docs_written, 0);
  assert.equal(again.docs_read, 0);
});

test('pull: documents written over HTTP arrive in PouchDB with identical trees', async () => {
  const remote = await remoteDb();
  const ids = [];
  for (let i = 0; i < 60; ++i) {
    const id = `translation:huiskamer:${i}`;
    ids.push(id);
    const { rev } = await remote.put({ _id: id, name: `Huiskamer ${i}`, language: 'ar' });
    if (i % 4 === 0) await remote.put({ _id: id, _rev: rev, name: `غرفة المعيشة ${i}` });
  }
  const local = memoryDb();
  const result = await local.replicate.from(remote);
  assert.equal(result.ok, true);
  assert.equal(result.docs_written, 60);
  await assertSameTrees(remote, local, ids);
});

test('conflicts: two devices edit the same document; every side picks the same winner', async () => {
  const remote = await remoteDb();
  await remote.put({ _id: 'initiative:sirenelunch', name: 'Sirenelunch' });
  const a = memoryDb('device-a');
  const b = memoryDb('device-b');
  await a.replicate.from(remote);
  await b.replicate.from(remote);
  const docA = await a.get('initiative:sirenelunch');
  await a.put({ ...docA, name: 'Sirenelunch (eerste maandag)' });
  const docB = await b.get('initiative:sirenelunch');
  await b.put({ ...docB, name: 'Sirenelunch 12:00' });
  await b.put({ ...(await b.get('initiative:sirenelunch')), name: 'Sirenelunch 12:00, Overvecht' });
  await a.replicate.to(remote);
  await b.replicate.to(remote);
  await a.replicate.from(remote);
  await b.replicate.from(remote);

  const serverWinner = await winner(remote, 'initiative:sirenelunch');
  assert.equal(serverWinner._conflicts.length, 1, 'the losing edit is kept as a conflict');
  assert.deepEqual(await winner(a, 'initiative:sirenelunch'), serverWinner);
  assert.deepEqual(await winner(b, 'initiative:sirenelunch'), serverWinner);
  assert.equal(serverWinner.name, 'Sirenelunch 12:00, Overvecht', 'the longer history wins');
  await assertSameTrees(remote, a, ['initiative:sirenelunch']);
  await assertSameTrees(remote, b, ['initiative:sirenelunch']);

  // Resolving on one device (deleting the loser) reaches everyone.
  await a.remove('initiative:sirenelunch', serverWinner._conflicts[0]);
  await a.replicate.to(remote);
  await b.replicate.from(remote);
  assert.equal((await winner(remote, 'initiative:sirenelunch'))._conflicts, undefined);
  assert.equal((await winner(b, 'initiative:sirenelunch'))._conflicts, undefined);
});

test('deletions travel both ways', async () => {
  const remote = await remoteDb();
  const local = memoryDb();
  await remote.bulkDocs([{ _id: 'x1', v: 1 }, { _id: 'x2', v: 2 }]);
  await local.replicate.from(remote);
  await local.remove(await local.get('x1'));
  await remote.remove(await remote.get('x2'));
  await local.sync(remote);
  await assert.rejects(remote.get('x1'), { status: 404 });
  await assert.rejects(local.get('x2'), { status: 404 });
  await assertSameTrees(remote, local, []);
  assert.deepEqual(await tree(local, 'x1'), await tree(remote, 'x1'));
  assert.deepEqual(await tree(local, 'x2'), await tree(remote, 'x2'));
});

test('live sync: a write on either side arrives within seconds', async () => {
  const remote = await remoteDb();
  const local = memoryDb();
  const sync = local.sync(remote, { live: true, retry: true, heartbeat: 1000 });
  try {
    await remote.put({ _id: 'from-server', v: 1 });
    assert.ok(await eventually(async () => (await local.get('from-server').catch(() => null)) !== null), 'server → PouchDB');
    await local.put({ _id: 'from-pouch', v: 2 });
    assert.ok(await eventually(async () => (await remote.get('from-pouch').catch(() => null)) !== null), 'PouchDB → server');
  } finally {
    sync.cancel();
  }
});

test('doc_ids replication moves only the chosen documents', async () => {
  const remote = await remoteDb();
  await remote.bulkDocs([{ _id: 'card:A', v: 1 }, { _id: 'card:B', v: 2 }, { _id: 'stamp:A:x:2026-11-23', v: 3 }]);
  const local = memoryDb();
  const result = await local.replicate.from(remote, { doc_ids: ['card:A', 'stamp:A:x:2026-11-23'] });
  assert.equal(result.docs_written, 2);
  assert.deepEqual((await local.allDocs()).rows.map((r) => r.id).sort(), ['card:A', 'stamp:A:x:2026-11-23']);
});

test('wrong credentials are refused, not treated as anonymous', async () => {
  const url = server.base.replace('interop-secret', 'wrong');
  const db = new PouchDB(`${url}/interop-refused`, { skip_setup: true });
  // (PouchDB's info() resolves with the error body; reads reject.)
  assert.equal((await db.info()).error, 'unauthorized');
  await assert.rejects(db.allDocs(), (err) => err.status === 401);
  await assert.rejects(db.replicate.to(memoryDb()), (err) => err.status === 401);
});

// An attachment's bytes (PouchDB's Buffer carries a "type" member besides them).
async function bytesOf(db, id, name) {
  return Buffer.from(await db.getAttachment(id, name));
}

test('attachments: pushed and pulled byte for byte, a second revision sends only what is new', async () => {
  const local = memoryDb();
  const remote = await remoteDb();
  const photo = Buffer.alloc(300 * 1024);
  for (let i = 0; i < photo.length; ++i) photo[i] = (i * 7919) % 251;
  const note = Buffer.from('a note — مقهى');
  let doc = await local.put({ _id: 'initiative:fotoclub', type: 'initiative',
    _attachments: { 'photo.jpg': { content_type: 'image/jpeg', data: photo.toString('base64') },
                    'note.txt': { content_type: 'text/plain', data: note.toString('base64') } } });
  let pushed = await local.replicate.to(remote);
  assert.equal(pushed.doc_write_failures, 0);
  assert.equal(pushed.docs_written, 1);
  assert.deepEqual(await bytesOf(remote, 'initiative:fotoclub', 'photo.jpg'), photo);
  assert.deepEqual(await bytesOf(remote, 'initiative:fotoclub', 'note.txt'), note);

  // A field changes and an attachment is added; the photo stays a stub.
  const current = await local.get('initiative:fotoclub');
  current.edited = true;
  current._attachments['extra.bin'] = { content_type: 'application/octet-stream', data: Buffer.from('extra').toString('base64') };
  await local.put(current);
  pushed = await local.replicate.to(remote);
  assert.equal(pushed.doc_write_failures, 0);
  const there = await remote.get('initiative:fotoclub');
  assert.equal(there.edited, true);
  assert.equal(there._attachments['photo.jpg'].revpos, 1);
  assert.equal(there._attachments['extra.bin'].revpos, 2);
  assert.deepEqual(await bytesOf(remote, 'initiative:fotoclub', 'extra.bin'), Buffer.from('extra'));
  assert.deepEqual(await bytesOf(remote, 'initiative:fotoclub', 'photo.jpg'), photo);

  // Pulled into a fresh PouchDB: identical trees and bytes.
  const other = memoryDb();
  const pulled = await other.replicate.from(remote);
  assert.equal(pulled.doc_write_failures, 0);
  // (Not assertSameTrees: PouchDB gives attachments it pulls the revpos of the revision it
  // writes, from CouchDB 3.4.3 as from us; histories and digests are what must match.)
  const mine = await local.get('initiative:fotoclub', { revs: true });
  const theirs = await other.get('initiative:fotoclub', { revs: true });
  assert.deepEqual(theirs._revisions, mine._revisions);
  for (const name of ['photo.jpg', 'note.txt', 'extra.bin'])
    assert.equal(theirs._attachments[name].digest, mine._attachments[name].digest, name);
  assert.deepEqual(await bytesOf(other, 'initiative:fotoclub', 'photo.jpg'), photo);
  assert.deepEqual(await bytesOf(other, 'initiative:fotoclub', 'note.txt'), note);
  assert.deepEqual(await bytesOf(other, 'initiative:fotoclub', 'extra.bin'), Buffer.from('extra'));
});
