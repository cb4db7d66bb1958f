// The facts about the machine that the figures depend on, recorded with every result file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export function machine() {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const wrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  const facts = {
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    wrk: wrk.error ? null : (wrk.stdout + wrk.stderr).split('\n')[0].trim(),
  };
  return { ...facts, summary: `${facts.cores} cores ${facts.cpu}, ${facts.memoryGiB} GiB, Node ${facts.node}` };
}
