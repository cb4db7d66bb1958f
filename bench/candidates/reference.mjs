// The answer "suggest candidates" must give, computed the plain way: every member of the subtree in the year,
// their whole histories, the engine over all of them. The bench compares the service's answer with it.
import { loadPersonHistories } from '../../dist/server/modules/eligibility-checks/recipient-histories.js';
import { sessionFor } from '../../dist/server/modules/eligibility-checks/evaluation-session.js';
import { subtreeMembers } from '../../dist/server/modules/eligibility-checks/subtree-members.js';
import { indexRecipient, suggestCandidates } from '../../dist/server/modules/emulation/index.js';

const BATCH = 20_000;

export async function referenceCandidates(ctx, unitCode, year, code) {
  const { rows } = await ctx.db.$client.query(
    'SELECT id, code, name, path, report_path AS "reportPath" FROM units WHERE code = $1',
    [unitCode],
  );
  const unit = rows[0];
  const session = await sessionFor(ctx, unit.path, year, code);
  const members = await subtreeMembers(ctx, unit, year);
  let evaluated = 0;
  const ids = [];
  for (let i = 0; i < members.length; i += BATCH) {
    const batch = members.slice(i, i + BATCH);
    const histories = await loadPersonHistories(
      ctx.db,
      batch.map((m) => ({ id: m.id, unitId: m.unit.id })),
    );
    const suggestion = suggestCandidates(session, [...histories.values()].map(indexRecipient), code);
    evaluated += suggestion.evaluated;
    for (const c of suggestion.candidates) ids.push(`${c.recipientId}:${c.verdict}`);
  }
  return { evaluated, candidates: ids.sort() };
}
