// Shared helpers for the interoperability tests: start buurtbrug-server on a free loopback
// port, make PouchDB instances, and compare documents with their full revision trees.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(memory).plugin(http).plugin(replication);
export { PouchDB };

export const ADMIN = 'admin:interop-secret';

// Starts buurtbrug-server; resolves to { url, stop() } once it prints its address.
// With dataFolder, serves that folder (left in place); otherwise a fresh temporary one.
export function startServer(dataFolder) {
  const binary = process.env.SERVER_BINARY;
  if (!binary) throw new Error('SERVER_BINARY is not set');
  const own = !dataFolder;
  const data = dataFolder ?? mkdtempSync(join(tmpdir(), 'buurtbrug-interop-'));
  const child = spawn(binary, ['--data', data, '--port', '0', '--admin', ADMIN], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start within 10 s')), 10000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/listening on http:\/\/([\d.]+):(\d+)\//);
      if (match) {
        clearTimeout(timer);
        const base = `http://${ADMIN}@${match[1]}:${match[2]}`;
        resolve({
          base,
          pid: child.pid,
          stop: () => new Promise((done) => {
            child.once('exit', () => { if (own) rmSync(data, { recursive: true, force: true }); done(); });
            child.kill('SIGTERM');
          }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

let counter = 0;
export function memoryDb(name = 'local') {
  return new PouchDB(`${name}-${process.pid}-${++counter}`, { adapter: 'memory' });
}

// Every leaf of a document with its revision history, sorted: the whole tree as seen.
export async function tree(db, id) {
  const leaves = await db.get(id, { open_revs: 'all', revs: true });
  return leaves
    .map((leaf) => leaf.ok ?? { missing: leaf.missing })
    .sort((a, b) => String(a._rev ?? a.missing).localeCompare(String(b._rev ?? b.missing)));
}

export async function winner(db, id) {
  const doc = await db.get(id, { conflicts: true });
  if (doc._conflicts) doc._conflicts.sort();
  return doc;
}

// Waits for check() to become true, polling every 100 ms, for at most ms milliseconds.
export async function eventually(check, ms = 10000) {
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end && i < ms / 100 + 1; ++i) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
