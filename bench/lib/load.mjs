// A load generator on loopback: wrk when the machine has it (apt-get install wrk), else a loop of Node
// requests over keep-alive connections, which costs the server's CPU more and so reads lower.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { cpuOf } from './cpu.mjs';
import { percentile, round } from './stats.mjs';

export const LOAD = { threads: 2, connections: 32, seconds: 10 };

/** BENCH_LOAD=node forces the Node loop, to compare the two or to check the fallback still works. */
export function hasWrk() {
  return process.env.BENCH_LOAD !== 'node' && !spawnSync('wrk', ['--version']).error;
}

const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];

/** The figures wrk prints with --latency, in milliseconds and requests per second. */
export function parseWrk(output) {
  const latency = (p) => {
    const match = output.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'));
    return match ? round(toMs(match[1], match[2])) : null;
  };
  const requests = output.match(/(\d+) requests in ([\d.]+)(us|ms|s|m)/);
  const errors = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requestsPerSec: round(Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN), 0),
    requests: requests ? Number(requests[1]) : null,
    p50Ms: latency(50),
    p99Ms: latency(99),
    non2xx: Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

function runWrk(url, headers, seconds) {
  const args = [
    '-t',
    String(LOAD.threads),
    '-c',
    String(LOAD.connections),
    '-d',
    `${seconds}s`,
    '--timeout',
    '2s',
    '--latency',
  ];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', [...args, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), (seconds + 20) * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code === 0) resolve(output);
      else reject(new Error(`wrk exited with ${code}: ${output}`));
    });
  });
}

/** `connections` request loops, each on its own kept-alive socket, until the time is up. */
async function runNodeLoop(port, path, headers, seconds) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: LOAD.connections });
  const latencies = [];
  let non2xx = 0;
  let socketErrors = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = () =>
    new Promise((resolve) => {
      const start = performance.now();
      const req = http.get({ host: '127.0.0.1', port, path, headers, agent, timeout: 2000 }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - start);
          if (res.statusCode < 200 || res.statusCode >= 400) non2xx++;
          resolve();
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        socketErrors++;
        resolve();
      });
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LOAD.connections }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requestsPerSec: round(latencies.length / elapsed, 0),
    requests: latencies.length,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    non2xx,
    socketErrors,
  };
}

/**
 * A short warm-up, then the measured run, with the server's and PostgreSQL's CPU time per request over it.
 * `generator` says which tool produced the figures.
 */
export async function loadTest(server, path, headers = {}) {
  const url = `http://127.0.0.1:${server.port}${path}`;
  const wrk = hasWrk();
  const run = (seconds) =>
    wrk ? runWrk(url, headers, seconds).then(parseWrk) : runNodeLoop(server.port, path, headers, seconds);
  await run(2);
  const before = cpuOf(server.child.pid);
  const figures = await run(LOAD.seconds);
  const after = cpuOf(server.child.pid);
  const perRequest = (key) => (before && after ? round((after[key] - before[key]) / figures.requests) : null);
  return {
    generator: wrk ? 'wrk' : 'node-loop (wrk not installed)',
    ...figures,
    cpuMsPerRequest: { server: perRequest('serverMs'), postgres: perRequest('postgresMs') },
  };
}
