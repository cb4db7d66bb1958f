// Every string the screens show, in Vietnamese: the reference dictionary whose shape English must match.
import { viAudit } from './vi/audit.ts';
import { viAuth } from './vi/auth.ts';
import { viMembers } from './vi/members.ts';
import { viMemberImport } from './vi/member-import.ts';
import { viSelfService } from './vi/self-service.ts';
import { viShell } from './vi/shell.ts';
import { viTargets } from './vi/targets.ts';
import { viInitiatives } from './vi/initiatives.ts';
import { viPerformanceRatings } from './vi/performance-ratings.ts';
import { viAwards } from './vi/awards.ts';
import { viEligibility } from './vi/eligibility.ts';
import { viMovements } from './vi/movements.ts';
import { viScoring } from './vi/movement-scores.ts';
import { viProposals } from './vi/proposals.ts';
import { viCouncil } from './vi/council.ts';
import { viAwardStats } from './vi/award-stats.ts';
import { viNotifications } from './vi/notifications.ts';
import { viAwardDocuments } from './vi/award-documents.ts';
import { viUnits } from './vi/units.ts';
import { viUsers } from './vi/users.ts';

/** The Vietnamese dictionary; its type is the contract for every other language. */
export const vi = {
  ...viShell,
  ...viAuth,
  ...viUnits,
  ...viAudit,
  ...viUsers,
  ...viMembers,
  ...viMemberImport,
  ...viSelfService,
  ...viTargets,
  ...viInitiatives,
  ...viPerformanceRatings,
  ...viAwards,
  ...viEligibility,
  ...viMovements,
  ...viScoring,
  ...viProposals,
  ...viCouncil,
  ...viAwardStats,
  ...viNotifications,
  ...viAwardDocuments,
};

/** The shape every language must fill. */
export type Dictionary = typeof vi;
