// The register and the ratings feed the eligibility engine: entered through the API, read back in the
// engine's shape, and judged by the rules of the catalogue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';
import { loadConductRecords } from '../performance-ratings/conduct-records.ts';
import {
  checkEligibility,
  createEngine,
  createSession,
  defaultCatalogue,
  indexRecipient,
  loadCatalogue,
  type RecipientHistory,
} from '../emulation/index.ts';
import { loadAchievementRecords } from './achievement-records.ts';

let t: TestContext;
let hanoi: Agent;
let people: number[];
let initiativeId: number;
const engine = createEngine(loadCatalogue(defaultCatalogue));

beforeAll(async () => {
  t = await createTestContext();
  hanoi = await t.login(accounts.hanoiOfficer);
  people = (await hanoi.get('/api/v1/members?unit=CDCS-HN-CDC&pageSize=5'))
    .json()
    .items.map((m: { id: number }) => m.id);
  const created = await hanoi.post('/api/v1/initiatives', {
    kind: 'initiative',
    title: 'Quy trình lấy mẫu xét nghiệm tại nhà',
    unitId: await t.unitId('CDCS-HN-CDC'),
    submittedOn: '2025-02-01',
    benefitVnd: 30_000_000,
    authors: [
      { personId: people[0], sharePercent: 70 },
      { personId: people[1], sharePercent: 30 },
    ],
  });
  initiativeId = created.json().id;
  await hanoi.post(`/api/v1/initiatives/${initiativeId}/recognise`, {
    recognitionLevel: 'grassroots',
    decisionNo: '07/QĐ-CDC',
    decisionDate: '2025-10-01',
  });
  const row = (personId: number, rating: string, daysAbsent: number) => ({
    personId,
    rating,
    daysAbsent,
    disciplineLevel: null,
    disciplineDecisionNo: null,
    disciplineDecisionDate: null,
    note: null,
  });
  const saved = await hanoi.post('/api/v1/performance-ratings', {
    unit: 'CDCS-HN-CDC',
    year: 2025,
    rows: [row(people[0]!, 'good', 3), row(people[2]!, 'good', 2), row(people[3]!, 'good', 41)],
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(() => t.close());

async function history(personId: number): Promise<RecipientHistory> {
  const [achievements, conduct] = await Promise.all([
    loadAchievementRecords(t.db, [personId]),
    loadConductRecords(t.db, [personId]),
  ]);
  return {
    id: String(personId),
    kind: 'individual',
    hiredOn: '2010-01-01',
    pledgeYears: [2025],
    judgments: [{ key: 'ldtt.spirit', year: 2025, outcome: 'met' }],
    achievements: achievements.get(personId),
    ...conduct.get(personId),
  };
}

const check = async (personId: number, code: string) =>
  checkEligibility(createSession(engine, { year: 2025 }), indexRecipient(await history(personId)), code);

describe('the engine reads the register and the ratings', () => {
  it('gives each author the recognised initiative in the engine’s shape', async () => {
    const records = await loadAchievementRecords(t.db, [people[0]!, people[2]!]);
    expect(records.get(people[0]!)).toEqual([
      {
        id: `initiative:${initiativeId}`,
        kind: 'initiative',
        title: 'Quy trình lấy mẫu xét nghiệm tại nhà',
        level: 'grassroots',
        recognisedYear: 2025,
        application: 'applied',
        valueGainedVnd: 30_000_000,
      },
    ]);
    expect(records.get(people[2]!)).toEqual([]);
  });

  it('makes an author rated HTTNV a Chiến sĩ thi đua cơ sở candidate, and says what another lacks', async () => {
    const author = await check(people[0]!, 'CSTDCS');
    expect(author.verdict).toBe('eligible');
    expect(author.achievementIds).toEqual([`initiative:${initiativeId}`]);
    const other = await check(people[2]!, 'CSTDCS');
    expect(other.verdict).toBe('ineligible');
    expect(other.reasons.map((reason) => reason.messageVi)).toContain('Chưa có sáng kiến được công nhận năm 2025');
  });

  it('counts days absent against Lao động tiên tiến', async () => {
    expect((await check(people[2]!, 'LDTT')).verdict).toBe('eligible');
    expect((await check(people[3]!, 'LDTT')).verdict).toBe('ineligible');
  });
});
