// CPU time spent by the server process and by its PostgreSQL (postmaster and backends), read from /proc.
// Per request it is steadier than requests per second when other work shares the machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

function readStat(pid) {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // After the name: state, ppid, …; utime, stime, cutime, cstime are fields 14–17 of the whole line.
  return {
    ppid: Number(fields[1]),
    own: Number(fields[11]) + Number(fields[12]),
    reaped: Number(fields[13]) + Number(fields[14]),
  };
}

/** { serverMs, postgresMs } so far, or null where /proc is not there. Exited backends count through the postmaster. */
export function cpuOf(serverPid) {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const stats = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      stats.set(Number(entry), readStat(entry));
    } catch {
      // the process ended while we looked
    }
  }
  const server = stats.get(serverPid);
  if (!server) return null;
  const postmasters = new Set([...stats].filter(([, stat]) => stat.ppid === serverPid).map(([pid]) => pid));
  let postgres = 0;
  for (const [pid, stat] of stats) {
    if (postmasters.has(pid)) postgres += stat.own + stat.reaped;
    else if (postmasters.has(stat.ppid)) postgres += stat.own;
  }
  const toMs = (ticks) => (ticks * 1000) / TICKS_PER_SECOND;
  return { serverMs: toMs(server.own), postgresMs: toMs(postgres) };
}
