// `npm start`: build only what changed since the last build, then serve — so a restart is ready in a second or two.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time under the given folders and files (0 when none exist). */
function newest(entries) {
  let latest = 0;
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  entries.forEach((entry) => visit(path.join(root, entry)));
  return latest;
}

function stale(outputs, inputs) {
  const built = outputs.map((output) => path.join(root, output));
  if (!built.every((file) => fs.existsSync(file))) return true;
  const oldest = Math.min(...built.map((file) => fs.statSync(file).mtimeMs));
  return newest(inputs) > oldest;
}

function run(script) {
  const result = spawnSync('npm', ['run', script, '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const config = ['package.json', 'package-lock.json'];
if (
  stale(
    ['dist/server/cli.js'],
    ['server', 'shared', 'tsconfig.base.json', 'tsconfig.server.json', 'tsconfig.build.json', ...config],
  )
) {
  run('build:server');
  // tsc leaves unchanged outputs untouched; mark the build so the next start sees it as current.
  fs.utimesSync(path.join(root, 'dist/server/cli.js'), new Date(), new Date());
}
if (stale(['dist/web/index.html'], ['web', 'shared', 'vite.config.ts', 'tsconfig.web.json', ...config]))
  run('build:web');

// One process serves; signals sent to this one are passed on, so a process manager's SIGTERM stops it cleanly.
const server = spawn(process.execPath, [path.join(root, 'bin/congdoan.mjs'), 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
