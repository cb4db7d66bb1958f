// What a proposal's cover letter prints: the proposer, the decider and every item not excluded, with a summary
// of its achievement report.
import { asc, eq } from 'drizzle-orm';
import { vietnamToday } from '../../../shared/dates.ts';
import type { Database } from '../../db/client.ts';
import { awardProposalItems, awardProposals } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import type { Placed } from '../../policies/scope.ts';
import type { CoverLetterData } from './award-document-data.ts';
import { summariseAchievement } from './cover-letter-docx.ts';
import { loadIssuer, loadUnit } from './issuer-loader.ts';
import { resolveRecipients } from './recipient-lines.ts';

/** "Khen thưởng năm 2025" reads "đề nghị khen thưởng năm 2025", not "khen thưởng Khen thưởng …". */
export function coverLetterAbout(title: string): string {
  const rest = title.trim().replace(/^(đề nghị\s+)?khen thưởng\s+/iu, '');
  return rest === title.trim() ? rest.charAt(0).toLocaleLowerCase('vi') + rest.slice(1) : rest;
}

export async function loadCoverLetter(
  db: Database,
  id: number,
): Promise<{ owners: Placed[]; data: CoverLetterData; proposalId: number }> {
  const [proposal] = await db.select().from(awardProposals).where(eq(awardProposals.id, id));
  if (!proposal) throw notFound('proposals');
  const [proposer, decider, itemRows] = await Promise.all([
    loadUnit(db, proposal.proposerUnitId),
    loadUnit(db, proposal.deciderUnitId),
    db
      .select()
      .from(awardProposalItems)
      .where(eq(awardProposalItems.proposalId, id))
      .orderBy(asc(awardProposalItems.position)),
  ]);
  const items = itemRows.filter((item) => item.outcome !== 'excluded');
  const recipients = await resolveRecipients(db, items);
  return {
    proposalId: proposal.id,
    owners: [proposer!, decider!],
    data: {
      proposer: await loadIssuer(db, proposer!),
      decider: decider!.name,
      number: proposal.coverLetterNo,
      date: proposal.coverLetterDate ?? vietnamToday(),
      title: coverLetterAbout(proposal.title),
      year: proposal.year,
      items: recipients.map((recipient, i) => ({
        ...recipient,
        achievementSummary: summariseAchievement(items[i]!.achievementReport),
      })),
    },
  };
}
