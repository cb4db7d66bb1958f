// Once per test run: find a PostgreSQL (TEST_DATABASE_URL, the local server, else an embedded one) and build
// a migrated template database with the demo data, which every test file copies.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/client.ts';
import { startEmbeddedDatabase } from '../db/embedded.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { bootstrap } from '../db/seed/bootstrap.ts';
import { TEST_ADMIN } from './fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let stopEmbedded: (() => Promise<void>) | null = null;
  let embeddedDir: string | null = null;
  if (!(await answers(adminUrl))) {
    embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-test-pg-'));
    fs.chmodSync(embeddedDir, 0o755);
    const embedded = await startEmbeddedDatabase(embeddedDir, () => undefined);
    adminUrl = embedded.url.replace(/\/congdoan$/, '/postgres');
    stopEmbedded = embedded.stop;
  }
  const templateDb = `congdoan_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDb}`);
  await admin.query(`CREATE DATABASE ${templateDb}`);
  const url = new URL(adminUrl);
  url.pathname = `/${templateDb}`;
  const db = createDatabase(url.toString(), 2);
  const config = loadConfig({
    CONGDOAN_ADMIN_USER: TEST_ADMIN.username,
    CONGDOAN_ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: 'silent',
  });
  await migrateDatabase(db);
  await bootstrap({ db, config, actor: null, requestId: 'test-template', ip: null });
  await db.$client.end();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded?.();
    if (embeddedDir) fs.rmSync(embeddedDir, { recursive: true, force: true });
  };
}
