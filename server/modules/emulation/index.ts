// The emulation module's pure core, as later slices (tables, routes, screens) will call it.
//   loadCatalogue(json)                       validate a catalogue (shape, references, versions, loops) or throw
//   defaultCatalogue                          the titles and forms seeded from the reference
//   createEngine(catalogue)                   lookups built once per catalogue
//   createSession(engine, options)            year, proposal date, issuing bodies and their parameters
//   indexRecipient(history)                   one recipient's history as lookups by year and code
//   checkEligibility(session, index, code)    eligible / ineligible / needs review, with reasons
//   suggestCandidates(session, indexes, code) everyone who meets a form's criteria, linear in people
//   checkQuotas(session, code, entries)       a round's quotas per unit, theme or proposing unit
//   checkCrossCuttingRules(session, claim, awards)  one achievement one award; comprehensive vs thematic
//   summariseMembers(session, members, year, codes) a collective's member figures for its clauses
export { defaultCatalogue } from './catalogue/default-catalogue.ts';
export { loadCatalogue, validateCatalogue, type CatalogueProblem } from './catalogue/validate-catalogue.ts';
export { createEngine, type Engine } from './eligibility/engine.ts';
export { createSession, type EvaluationOptions, type Session } from './eligibility/session.ts';
export { indexRecipient, type RecipientIndex } from './eligibility/recipient-index.ts';
export type { AwardRecord, AchievementRecord, MemberStats, RecipientHistory } from './eligibility/history.ts';
export { checkEligibility } from './eligibility/evaluate.ts';
export { suggestCandidates, type Candidate, type Suggestion } from './eligibility/suggest.ts';
export { checkQuotas, type QuotaCheck, type QuotaEntry } from './eligibility/quotas.ts';
export {
  checkComprehensiveAndThematic,
  checkCrossCuttingRules,
  checkOneAchievementOneAward,
  type AwardClaim,
  type CrossRuleViolation,
} from './eligibility/cross-rules.ts';
export { summariseMembers } from './eligibility/member-stats.ts';
