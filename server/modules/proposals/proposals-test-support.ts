// Test helpers for the proposal API tests: a draft with items, steps by agent, a council meeting row, and the
// council's closing done the way the meeting module does it (outcomes set, then transitionProposal).
import { inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ProposalDetail } from '../../../shared/contracts/proposals.ts';
import type { ProposalAction } from '../../../shared/proposal-workflow.ts';
import type { ActorCtx } from '../../context.ts';
import { awardProposalItems, councilMeetings } from '../../db/schema/index.ts';
import { withWrite } from '../../db/write.ts';
import type { Agent, TestContext } from '../../test/harness.ts';
import { lockProposal, transitionProposal } from './proposal-transition.ts';

export const REPORT = 'Hoàn thành xuất sắc nhiệm vụ chuyên môn; có sáng kiến được công nhận cấp cơ sở.';

export async function createDraft(
  agent: Agent,
  units: { proposer: number; decider: number },
  overrides: Record<string, unknown> = {},
): Promise<ProposalDetail> {
  const response = await agent.post('/api/v1/proposals', {
    proposerUnitId: units.proposer,
    deciderUnitId: units.decider,
    title: 'Đề nghị khen thưởng năm 2025',
    year: 2025,
    occasion: 'regular',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export async function addItem(agent: Agent, proposal: ProposalDetail, item: Record<string, unknown>) {
  return agent.post(`/api/v1/proposals/${proposal.id}/items`, {
    version: proposal.version,
    code: 'LDTT',
    achievementReport: REPORT,
    ...item,
  });
}

export async function step(
  agent: Agent,
  proposal: { id: number; version: number },
  action: ProposalAction,
  extra: Record<string, unknown> = {},
) {
  return agent.post(`/api/v1/proposals/${proposal.id}/transitions`, { action, version: proposal.version, ...extra });
}

/** Asserts the response succeeded and returns the proposal it carries. */
export function ok(response: { statusCode: number; body: string; json: () => unknown }, status = 200): ProposalDetail {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as ProposalDetail;
}

export async function insertMeeting(t: TestContext, unitId: number, status: 'planned' | 'open' | 'closed' = 'planned') {
  const [meeting] = await t.db
    .insert(councilMeetings)
    .values({ unitId, title: 'Phiên họp Hội đồng TĐKT cuối năm', heldOn: '2025-12-10', status })
    .returning();
  return meeting!.id;
}

/** What the meeting module does when a meeting closes: outcomes per item, then "post" with the window. */
export async function closeCouncil(
  t: TestContext,
  proposalId: number,
  passedItemIds: number[],
  window: { from: string; until: string },
) {
  const ctx: ActorCtx = {
    db: t.db,
    config: t.config,
    requestId: 'test-council-close',
    ip: null,
    actor: { userId: 0, username: 'system', displayName: 'system', mustChangePassword: false, grants: [] },
  };
  await withWrite(ctx, async (tx, audit) => {
    const row = await lockProposal(tx, proposalId);
    if (passedItemIds.length) {
      await tx
        .update(awardProposalItems)
        .set({ outcome: 'passed' })
        .where(inArray(awardProposalItems.id, passedItemIds));
    }
    await transitionProposal(ctx, tx, audit, row, 'post', {
      set: { postingFrom: window.from, postingUntil: window.until },
    });
  });
}
