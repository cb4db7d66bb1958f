// First start: the top of the tree, the first administrator and (unless turned off) the demo data.
import { randomBytes } from 'node:crypto';
import { count, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import { roleGrants, units, users } from '../schema/index.ts';
import { withWrite, type Audit, type Tx } from '../write.ts';
import { insertUnit } from '../../modules/units/units.commands.ts';
import { closeUnit, recordVersion, reparent } from '../../modules/units/tree-changes.ts';
import type { UnitRow } from '../../modules/units/unit-rows.ts';
import { insertUser } from '../../modules/users/users.service.ts';
import { seedDemoPeople } from './demo-people.ts';
import { linkDemoMemberLogin } from './demo-member.ts';
import { seedDemoTargets } from './demo-targets.ts';
import { seedDemoInitiatives } from './demo-initiatives.ts';
import { seedDemoAwards } from './demo-awards.ts';
import { seedDemoEmulation } from './demo-emulation.ts';
import { ensureCatalogue } from '../../modules/awards/catalogue-store.ts';
import { ensureBuiltInIndicators } from '../../modules/targets/built-in-indicators.ts';
import { centralUnits, DEMO_PASSWORD, demoUsers, provinces, sections } from './demo-tree.ts';
import type { UnitKind } from '../../../shared/enums.ts';

export type BootstrapReport = {
  admin: { username: string; password: string | null } | null;
  demoUsers: { username: string; role: string; unit: string }[];
  demoPassword: string | null;
};

const FOUNDED = '2015-01-01';

async function ensureRoots(tx: Tx, audit: Audit): Promise<UnitRow> {
  const [root] = await tx.select().from(units).where(isNull(units.parentId)).orderBy(units.id).limit(1);
  if (root) {
    const [sector] = await tx.select().from(units).where(eq(units.code, 'CDYTVN'));
    return sector ?? root;
  }
  // The root has no parent, so it is inserted directly with its own path.
  const [confederation] = await tx
    .insert(units)
    .values({
      code: 'TLDLDVN',
      name: 'Tổng Liên đoàn Lao động Việt Nam',
      shortName: 'Tổng LĐLĐVN',
      kind: 'confederation',
      path: '',
      reportPath: '',
      validFrom: FOUNDED,
      searchKey: 'tong lien doan lao dong viet nam tong ldldvn tldldvn',
    })
    .returning();
  const [placed] = await tx
    .update(units)
    .set({ path: `/${confederation!.id}/`, reportPath: `/${confederation!.id}/` })
    .where(eq(units.id, confederation!.id))
    .returning();
  await recordVersion(tx, placed!, FOUNDED, {
    name: placed!.name,
    shortName: placed!.shortName,
    kind: placed!.kind,
    parentId: null,
    reportingParentId: null,
    sector: 'public',
    province: null,
  });
  const sector = await insertUnit(
    tx,
    {
      code: 'CDYTVN',
      name: 'Công đoàn Y tế Việt Nam',
      shortName: 'CĐYTVN',
      kind: 'national_sector_union',
      parentId: placed!.id,
      sector: 'public',
      province: null,
      validFrom: FOUNDED,
    },
    placed!,
    null,
  );
  audit({
    action: 'system.bootstrap',
    entity: 'unit',
    entityId: sector.id,
    unitId: sector.id,
    after: { codes: ['TLDLDVN', 'CDYTVN'] },
  });
  return sector;
}

async function seedDemoTree(tx: Tx, audit: Audit, sector: UnitRow, confederation: UnitRow): Promise<number> {
  let created = 0;
  const add = async (
    code: string,
    name: string,
    shortName: string | null,
    kind: UnitKind,
    parent: UnitRow,
    extra: { reporting?: UnitRow; province?: string; sector?: 'public' | 'non_public'; validFrom?: string } = {},
  ) => {
    created++;
    return insertUnit(
      tx,
      {
        code,
        name,
        shortName,
        kind,
        parentId: parent.id,
        sector: extra.sector ?? 'public',
        province: extra.province ?? parent.province,
        validFrom: extra.validFrom ?? FOUNDED,
      },
      parent,
      extra.reporting ?? null,
    );
  };
  const addSections = async (grassroots: UnitRow) => {
    for (const section of sections)
      await add(`${grassroots.code}-${section.code}`, section.name, null, 'union_section', grassroots);
  };
  for (const hospital of centralUnits) {
    const unit = await add(`CDCS-${hospital.code}`, hospital.name, hospital.shortName, 'grassroots_union', sector, {
      province: 'Trung ương',
    });
    await addSections(unit);
  }
  for (const province of provinces) {
    const federation = await add(
      `LDLD-${province.code}`,
      `Liên đoàn Lao động ${province.province}`,
      `LĐLĐ ${province.province}`,
      'provincial_federation',
      confederation,
      { province: province.province },
    );
    const sectorUnion = await add(
      `CDYT-${province.code}`,
      `Công đoàn ngành Y tế ${province.province}`,
      `CĐ ngành Y tế ${province.province}`,
      'provincial_sector_union',
      federation,
      { reporting: sector, province: province.province },
    );
    for (const hospital of province.hospitals) {
      const unit = await add(
        `CDCS-${province.code}-${hospital.code}`,
        hospital.name,
        hospital.shortName,
        'grassroots_union',
        sectorUnion,
        { province: province.province, sector: hospital.sector ?? 'public' },
      );
      await addSections(unit);
    }
  }
  // A piece of history, as in 2025's reorganisation: a health centre's union merged into a neighbour on 1 July 2025.
  const [absorbed] = await tx.select().from(units).where(eq(units.code, 'CDCS-TH-TTYTTX'));
  const [target] = await tx.select().from(units).where(eq(units.code, 'CDCS-TH-TTYTHH'));
  if (absorbed && target) {
    const children = await tx.select().from(units).where(eq(units.parentId, absorbed.id));
    for (const child of children) await reparent(tx, child, target, '2025-07-01');
    await closeUnit(tx, absorbed, '2025-07-01', 'merged', target.id);
  }
  const peopleCreated = await seedDemoPeople(tx);
  const targetsCreated = await seedDemoTargets(tx);
  await seedDemoInitiatives(tx);
  await seedDemoAwards(tx);
  audit({
    action: 'demo.seed',
    entity: 'unit',
    entityId: sector.id,
    unitId: sector.id,
    after: { unitsCreated: created, peopleCreated, targetsCreated },
  });
  return created;
}

/** Runs on every start and does only what is missing, so a restart changes nothing. */
export async function bootstrap(ctx: Ctx): Promise<BootstrapReport> {
  const report: BootstrapReport = { admin: null, demoUsers: [], demoPassword: null };
  // Every database has the built-in target indicators, whether or not the rest was seeded before.
  await ensureBuiltInIndicators(ctx);
  await ensureCatalogue(ctx);
  const [{ value: userCount } = { value: 0 }] = await ctx.db.select({ value: count() }).from(users);
  const [{ value: unitCount } = { value: 0 }] = await ctx.db.select({ value: count() }).from(units);
  if (userCount > 0 && unitCount > 0) return report;
  await withWrite(ctx, async (tx, audit) => {
    const sector = await ensureRoots(tx, audit);
    const [confederation] = await tx.select().from(units).where(eq(units.code, 'TLDLDVN'));
    if (ctx.config.demo && unitCount === 0 && confederation) {
      await seedDemoTree(tx, audit, sector, confederation);
      for (const demo of demoUsers) {
        const [unit] = await tx.select().from(units).where(eq(units.code, demo.unit));
        if (!unit) continue;
        await insertUser(null, tx, audit, {
          username: demo.username,
          displayName: demo.displayName,
          password: DEMO_PASSWORD,
          grants: [{ role: demo.role, unitId: unit.id }],
        });
        report.demoUsers.push({ username: demo.username, role: demo.role, unit: unit.name });
      }
      await linkDemoMemberLogin(tx, audit);
      await seedDemoEmulation(tx);
      report.demoPassword = DEMO_PASSWORD;
    }
    const [{ value: admins } = { value: 0 }] = await tx
      .select({ value: count() })
      .from(roleGrants)
      .where(eq(roleGrants.role, 'admin'));
    const adminName = ctx.config.adminUser ?? 'admin';
    const [existing] = await tx.select().from(users).where(eq(users.username, adminName));
    if (!existing && (admins === 0 || ctx.config.adminUser)) {
      const password = ctx.config.adminPassword ?? randomBytes(12).toString('base64url');
      const root = confederation ?? sector;
      await insertUser(null, tx, audit, {
        username: adminName,
        displayName: 'Quản trị hệ thống',
        password,
        grants: [{ role: 'admin', unitId: root.id }],
        mustChangePassword: !ctx.config.adminPassword,
      });
      report.admin = { username: adminName, password: ctx.config.adminPassword ? null : password };
    }
  });
  return report;
}
