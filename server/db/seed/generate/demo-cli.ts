// `congdoan demo --members N --units M [--seed S] [--force] [--history]`: the first-start data if missing, then the
// generated data set, with a progress line per phase.
import { loadConfig } from '../../../config.ts';
import { AppStartError } from '../../../errors.ts';
import { openDatabase } from '../../../runtime.ts';
import { migrateDatabase, withStartupLock } from '../../migrate.ts';
import { bootstrap } from '../bootstrap.ts';
import { generateDemoData, type GeneratePhase } from './generate-demo.ts';

const LABELS: Record<GeneratePhase, string> = {
  units: 'Đơn vị / units',
  people: 'Người / people',
  memberships: 'Đoàn viên / memberships',
  employments: 'Việc làm / employments',
  ratings: 'Xếp loại / ratings',
  awards: 'Khen thưởng / awards',
  initiatives: 'Sáng kiến / initiatives',
  analyze: 'Thống kê / statistics',
};

function wholeNumber(value: string | undefined, name: string, usage: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const number = Number(value?.replace(/[_.,]/g, ''));
  if (value === undefined || !Number.isInteger(number) || number < 0)
    throw new AppStartError(`--${name}: cần một số nguyên / a whole number is needed\n${usage}`, 2);
  return number;
}

export async function runDemoCommand(
  values: {
    members?: string | undefined;
    units?: string | undefined;
    seed?: string | undefined;
    force?: boolean | undefined;
    history?: boolean | undefined;
  },
  usage: string,
): Promise<void> {
  const members = wholeNumber(values.members, 'members', usage);
  const units = wholeNumber(values.units, 'units', usage);
  const seed = wholeNumber(values.seed, 'seed', usage, 2026);
  const config = loadConfig();
  const write = (text: string) => process.stderr.write(text);
  const runtime = await openDatabase(config, (message) => write(`${message}\n`), { shareRunning: true });
  try {
    await migrateDatabase(runtime.db);
    const ctx = { db: runtime.db, config, actor: null, requestId: 'cli-demo', ip: null };
    const first = await withStartupLock(runtime.db, () => bootstrap(ctx));
    if (first.admin?.password)
      process.stdout.write(
        `Quản trị / administrator ${first.admin.username}, mật khẩu / password: ${first.admin.password}\n`,
      );
    let shown: GeneratePhase | null = null;
    let shownPercent = -1;
    const began = performance.now();
    const report = await generateDemoData(ctx, {
      members,
      units,
      seed,
      force: values.force ?? false,
      history: values.history ?? false,
      onProgress: ({ phase, done, total }) => {
        const share = total ? Math.min(1, done / total) : 1;
        // A line per whole percent: a terminal redrawn at every chunk slows the run it reports on.
        if (shown === phase && Math.floor(share * 100) === shownPercent) return;
        if (shown && shown !== phase) write('\n');
        shown = phase;
        shownPercent = Math.floor(share * 100);
        const bar = '#'.repeat(Math.round(share * 30)).padEnd(30);
        write(
          `\r${LABELS[phase].padEnd(24)} [${bar}] ${done.toLocaleString('vi-VN')}/${total.toLocaleString('vi-VN')}`,
        );
      },
    });
    write('\n');
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    const h = report.histories;
    process.stdout.write(
      `Đã sinh / generated in ${seconds} s: ${report.units.toLocaleString('vi-VN')} đơn vị / units ` +
        `(${report.provinces} tỉnh, ${report.grassroots.toLocaleString('vi-VN')} CĐCS), ` +
        `${report.people.toLocaleString('vi-VN')} người / people: ${(report.people - h.worker).toLocaleString('vi-VN')} đoàn viên ` +
        `(${h.transferred.toLocaleString('vi-VN')} chuyển sinh hoạt, ${h.left.toLocaleString('vi-VN')} đã ra, ` +
        `${h.rejoined.toLocaleString('vi-VN')} kết nạp lại, ${h.suspended.toLocaleString('vi-VN')} tạm dừng), ` +
        `${h.worker.toLocaleString('vi-VN')} người lao động chưa là đoàn viên.\n`,
    );
    if (report.history) {
      const r = report.history;
      process.stdout.write(
        `Lịch sử / history: ${r.ratings.toLocaleString('vi-VN')} xếp loại, ${r.awards.toLocaleString('vi-VN')} khen thưởng ` +
          `(${r.decisions.toLocaleString('vi-VN')} quyết định), ${r.initiatives.toLocaleString('vi-VN')} sáng kiến ` +
          `(${r.authors.toLocaleString('vi-VN')} tác giả).\n`,
      );
    }
  } finally {
    await runtime.close();
  }
}
