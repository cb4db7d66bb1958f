import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '../../../shared/contracts/notifications.ts';
import { auditLog, notifications, users } from '../../db/schema/index.ts';
import { accounts } from '../../test/fixtures.ts';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.ts';

let t: TestContext;
let hanoi: Agent;
let bachMai: Agent;
const ids: number[] = [];
let othersId: number;

async function userId(username: string) {
  const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

async function audits(entityId: string) {
  return t.db
    .select({ action: auditLog.action, after: auditLog.after, userId: auditLog.userId })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'notification'), eq(auditLog.entityId, entityId)));
}

beforeAll(async () => {
  t = await createTestContext();
  [hanoi, bachMai] = await Promise.all([t.login(accounts.hanoiOfficer), t.login(accounts.bachMaiOfficer)]);
  const hanoiId = await userId('canbo.hanoi');
  // Three for the Hà Nội officer, oldest first (the third already read), and one for Bạch Mai's.
  for (const [index, read] of [false, false, true].entries()) {
    const [row] = await t.db
      .insert(notifications)
      .values({
        userId: hanoiId,
        kind: 'proposal_returned',
        subjectKey: `proposal:${index + 1}:returned:e${index}`,
        title: `Đề nghị khen thưởng bị trả lại để bổ sung: số ${index + 1}`,
        body: 'Hãy bổ sung và trình lại.',
        link: `/proposals/${index + 1}`,
        createdAt: new Date(Date.UTC(2031, 2, 1 + index)),
        readAt: read ? new Date(Date.UTC(2031, 2, 5)) : null,
      })
      .returning({ id: notifications.id });
    ids.push(row!.id);
  }
  const [other] = await t.db
    .insert(notifications)
    .values({
      userId: await userId('canbo.bachmai'),
      kind: 'council_vote',
      subjectKey: 'council:1:vote',
      title: 'Hội đồng đang bỏ phiếu',
      body: '…',
      link: '/council/1',
    })
    .returning({ id: notifications.id });
  othersId = other!.id;
});
afterAll(() => t.close());

describe('GET /api/v1/notifications', () => {
  it('lists only the user’s own, unread first and newest first, with the unread count', async () => {
    const response = await hanoi.get('/api/v1/notifications');
    expect(response.statusCode).toBe(200);
    const list = response.json() as NotificationList;
    expect(list.items.map((item) => item.id)).toEqual([ids[1], ids[0], ids[2]]);
    expect(list).toMatchObject({ total: 3, unread: 2, page: 1, pageSize: 20 });
    expect(list.items[2]!.readAt).not.toBeNull();
    expect((await hanoi.get('/api/v1/notifications/count')).json()).toEqual({ unread: 2 });
  });

  it('pages through them', async () => {
    const second = (await hanoi.get('/api/v1/notifications?page=2&pageSize=2')).json() as NotificationList;
    expect(second.items.map((item) => item.id)).toEqual([ids[2]]);
    expect((await hanoi.get('/api/v1/notifications?pageSize=0')).statusCode).toBe(400);
  });

  it('needs a login', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/notifications/count' });
    expect(response.statusCode).toBe(401);
  });
});

describe('POST /api/v1/notifications/:id/read', () => {
  it('marks one read and audits it; reading it again writes nothing', async () => {
    const response = await hanoi.post(`/api/v1/notifications/${ids[0]}/read`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().readAt).not.toBeNull();
    expect((await hanoi.get('/api/v1/notifications/count')).json()).toEqual({ unread: 1 });
    const again = await hanoi.post(`/api/v1/notifications/${ids[0]}/read`);
    expect(again.json().readAt).toBe(response.json().readAt);
    const rows = await audits(String(ids[0]));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe('notification.read');
  });

  it('answers 404 for another user’s notification and leaves it unread', async () => {
    const response = await hanoi.post(`/api/v1/notifications/${othersId}/read`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('notifications.not_found');
    expect((await bachMai.get('/api/v1/notifications/count')).json()).toEqual({ unread: 1 });
    expect((await hanoi.post('/api/v1/notifications/999999/read')).statusCode).toBe(404);
  });
});

describe('POST /api/v1/notifications/read-all', () => {
  it('marks all of the user’s unread read with one audit row, and nobody else’s', async () => {
    const response = await hanoi.post('/api/v1/notifications/read-all');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ updated: 1 });
    expect((await hanoi.get('/api/v1/notifications/count')).json()).toEqual({ unread: 0 });
    expect((await bachMai.get('/api/v1/notifications/count')).json()).toEqual({ unread: 1 });
    const rows = await audits('all');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toEqual({ count: 1, ids: [ids[1]] });
    expect((await hanoi.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 0 });
    expect(await audits('all')).toHaveLength(1);
  });
});
