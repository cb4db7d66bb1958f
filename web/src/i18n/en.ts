// The English dictionary, typed against the Vietnamese one so no string can be missing.
import { enAudit } from './en/audit.ts';
import { enAuth } from './en/auth.ts';
import { enMembers } from './en/members.ts';
import { enMemberImport } from './en/member-import.ts';
import { enSelfService } from './en/self-service.ts';
import { enShell } from './en/shell.ts';
import { enTargets } from './en/targets.ts';
import { enInitiatives } from './en/initiatives.ts';
import { enPerformanceRatings } from './en/performance-ratings.ts';
import { enAwards } from './en/awards.ts';
import { enEligibility } from './en/eligibility.ts';
import { enMovements } from './en/movements.ts';
import { enScoring } from './en/movement-scores.ts';
import { enProposals } from './en/proposals.ts';
import { enCouncil } from './en/council.ts';
import { enAwardStats } from './en/award-stats.ts';
import { enNotifications } from './en/notifications.ts';
import { enAwardDocuments } from './en/award-documents.ts';
import { enUnits } from './en/units.ts';
import { enUsers } from './en/users.ts';
import type { Dictionary } from './vi.ts';

/** English, the second language of the screens. */
export const en: Dictionary = {
  ...enShell,
  ...enAuth,
  ...enUnits,
  ...enAudit,
  ...enUsers,
  ...enMembers,
  ...enMemberImport,
  ...enSelfService,
  ...enTargets,
  ...enInitiatives,
  ...enPerformanceRatings,
  ...enAwards,
  ...enEligibility,
  ...enMovements,
  ...enScoring,
  ...enProposals,
  ...enCouncil,
  ...enAwardStats,
  ...enNotifications,
  ...enAwardDocuments,
};
