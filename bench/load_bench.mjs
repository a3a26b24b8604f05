// Load benchmark: N devices (default 200) enrol and then sync against one buurtbrug-server at
// the same time: each round pushes 10 new documents (_bulk_docs), reads the changes since its
// last position, and writes its checkpoint. Prints errors (target 0) and latency percentiles.
// Usage: node bench/load_bench.mjs BUILD_DIR [DEVICES] [ROUNDS]
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const build = process.argv[2] ?? 'build';
const devices = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 5);
process.env.SERVER_BINARY ??= join(build, 'app/server/buurtbrug-server');
const ADMIN = join(build, 'app/admin/buurtbrug-admin');
const { startServer } = await import('../tests/interop/peers.mjs');

const data = mkdtempSync(join(tmpdir(), 'bench-load-'));
execFileSync(ADMIN, ['init', '--data', data]);
execFileSync(ADMIN, ['add-org', 'load', '--data', data]);
const codes = JSON.parse(execFileSync(ADMIN, ['invite', '--role', 'buurtmaatje', '--org', 'load', '--count', String(devices), '--data', data, '--json'], { encoding: 'utf8' })).codes;
const server = await startServer(data);
const { hostname, port } = new URL(server.base.replace(/\/\/[^@]*@/, '//'));
const agent = new http.Agent({ keepAlive: true, maxSockets: devices * 2 });

const latencies = [];
let errors = 0;
const errorKinds = {};
function request(method, path, token, body) {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (payload) { headers['Content-Type'] = 'application/json'; headers['Content-Length'] = payload.length; }
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ host: hostname, port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        latencies.push(performance.now() - started);
        if (res.statusCode >= 400) { errors++; errorKinds[res.statusCode] = (errorKinds[res.statusCode] ?? 0) + 1; }
        try { resolve(JSON.parse(Buffer.concat(chunks).toString())); } catch { errors++; resolve({}); }
      });
    });
    req.setTimeout(30000, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => { errors++; errorKinds[e.message] = (errorKinds[e.message] ?? 0) + 1; resolve({}); });
    if (payload) req.write(payload);
    req.end();
  });
}

async function device(index) {
  const enrolled = await request('POST', '/_enrol', null, { invite: codes[index], device: `load-${index}` });
  const token = enrolled.token;
  let since = 0;
  let checkpointRev;
  for (let r = 0; r < rounds; ++r) {
    const docs = [];
    for (let k = 0; k < 10; ++k) docs.push({ _id: `tally:${index}-${r}-${k}`, type: 'tally', date: '2026-11-23', language: 'ar' });
    await request('POST', '/org-load/_bulk_docs', token, { docs });
    const changes = await request('GET', `/org-load/_changes?style=all_docs&since=${since}&limit=1000`, token);
    since = changes.last_seq ?? since;
    const cp = await request('PUT', `/org-load/_local/load-${index}`, token, { seq: since, ...(checkpointRev ? { _rev: checkpointRev } : {}) });
    checkpointRev = cp.rev;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: devices }, (_, i) => device(i)));
const wall = performance.now() - started;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
console.log(JSON.stringify({ devices, rounds, requests: latencies.length, errors, errorKinds, wall_ms: Math.round(wall),
  p50_ms: Number(pct(0.5)), p99_ms: Number(pct(0.99)), max_ms: Number(latencies.at(-1).toFixed(1)) }));
await server.stop();
agent.destroy();
rmSync(data, { recursive: true, force: true });
