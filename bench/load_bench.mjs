// Load benchmark: N devices (default 200) enrol and then sync against one buurtbrug-server at
// the same time: each round pushes 10 new documents (_bulk_docs), reads the changes since its
// last position, and writes its checkpoint. Prints errors (target 0) and latency percentiles.
// With HOSTILE > 0 the devices run twice on the same server, first alone, then beside HOSTILE
// slow or hostile connections from other loopback addresses (127.0.0.2 and up): a third
// dribble a header (slowloris), a third pipeline requests and never read the answers, a third
// send 30 MiB bodies without credentials; each reconnects when closed, until the devices are
// done. The server's peak RSS (VmHWM) is read from /proc.
// Usage: node bench/load_bench.mjs BUILD_DIR [DEVICES] [ROUNDS] [HOSTILE]
import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const build = process.argv[2] ?? 'build';
const devices = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 5);
const hostile = Number(process.argv[5] ?? 0);
process.env.SERVER_BINARY ??= join(build, 'app/server/buurtbrug-server');
const ADMIN = join(build, 'app/admin/buurtbrug-admin');
const { startServer } = await import('../tests/interop/peers.mjs');

const data = mkdtempSync(join(tmpdir(), 'bench-load-'));
execFileSync(ADMIN, ['init', '--data', data]);
execFileSync(ADMIN, ['add-org', 'load', '--data', data]);
const codes = JSON.parse(execFileSync(ADMIN, ['invite', '--role', 'buurtmaatje', '--org', 'load', '--count', String(hostile > 0 ? 2 * devices : devices), '--data', data, '--json'], { encoding: 'utf8' })).codes;
const server = await startServer(data);
const { hostname, port } = new URL(server.base.replace(/\/\/[^@]*@/, '//'));
const agent = new http.Agent({ keepAlive: true, maxSockets: devices * 2 });

let latencies = [];
let errors = 0;
let errorKinds = {};
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

async function device(index, phase) {
  const enrolled = await request('POST', '/_enrol', null, { invite: codes[index], device: `load-${index}` });
  const token = enrolled.token;
  let since = 0;
  let checkpointRev;
  for (let r = 0; r < rounds; ++r) {
    const docs = [];
    for (let k = 0; k < 10; ++k) docs.push({ _id: `tally:${phase}-${index}-${r}-${k}`, type: 'tally', date: '2026-11-23', language: 'ar' });
    await request('POST', '/org-load/_bulk_docs', token, { docs });
    const changes = await request('GET', `/org-load/_changes?style=all_docs&since=${since}&limit=1000`, token);
    since = changes.last_seq ?? since;
    const cp = await request('PUT', `/org-load/_local/load-${index}`, token, { seq: since, ...(checkpointRev ? { _rev: checkpointRev } : {}) });
    checkpointRev = cp.rev;
  }
}

// One hostile connection of a kind, reopened whenever the server closes it, until stopped.
const hostileStats = { opened: 0, refused: 0 };
let stopHostile = false;
function hostileLoop(kind, index) {
  const localAddress = `127.0.${1 + Math.floor(index / 250)}.${2 + (index % 250)}`;
  return new Promise((done) => {
    const open = () => {
      if (stopHostile) return done();
      const socket = net.connect({ host: hostname, port, localAddress });
      hostileStats.opened++;
      let timer;
      socket.on('error', () => {});
      socket.on('close', () => { clearInterval(timer); hostileStats.refused++; setTimeout(open, 200); });
      socket.on('connect', () => {
        if (kind === 0) { // slowloris: a byte of a header every two seconds
          const header = 'GET /_up HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(1000);
          let at = 0;
          timer = setInterval(() => { if (!stopHostile) socket.write(header[at++ % header.length]); else socket.destroy(); }, 2000);
        } else if (kind === 1) { // a pipeliner that never reads
          socket.pause();
          socket.write('GET /_uuids?count=1000 HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(2000));
          timer = setInterval(() => { if (stopHostile) socket.destroy(); }, 500);
        } else { // 30 MiB without credentials, as fast as the server takes it
          socket.write('POST /org-load/_bulk_docs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 31457280\r\n\r\n');
          const chunk = Buffer.alloc(1024 * 1024, 0x20);
          const push = () => { while (!stopHostile && socket.write(chunk)); if (stopHostile) socket.destroy(); };
          socket.on('drain', push);
          push();
          timer = setInterval(() => { if (stopHostile) socket.destroy(); }, 500);
        }
      });
    };
    open();
  });
}

function peakRssMb() {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(status.match(/VmHWM:\s+(\d+)/)[1]) / 1024;
}

async function phase(name, firstInvite) {
  latencies = []; errors = 0; errorKinds = {};
  const started = performance.now();
  await Promise.all(Array.from({ length: devices }, (_, i) => device(firstInvite + i, name)));
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  return { phase: name, devices, rounds, requests: latencies.length, errors, errorKinds, wall_ms: Math.round(wall),
    p50_ms: Number(pct(0.5)), p99_ms: Number(pct(0.99)), max_ms: Number(latencies.at(-1).toFixed(1)) };
}

const results = [await phase('alone', 0)];
if (hostile > 0) {
  const loops = Array.from({ length: hostile }, (_, i) => hostileLoop(i % 3, i));
  await new Promise((r) => setTimeout(r, 3000)); // let them take their places first
  results.push({ ...(await phase('hostile', devices)), hostile, hostileOpened: hostileStats.opened });
  stopHostile = true;
  await Promise.all(loops);
}
const peak = peakRssMb();
for (const r of results) r.peak_rss_mb = Math.round(peak);
console.log(JSON.stringify(results));
await server.stop();
agent.destroy();
rmSync(data, { recursive: true, force: true });
