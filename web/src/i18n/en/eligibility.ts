// English strings of the eligibility check and of "suggest candidates".
import type { Dictionary } from '../vi.ts';

/** Part of the English dictionary. */
export const enEligibility: Pick<Dictionary, 'eligibility'> = {
  eligibility: {
    menu: 'Eligibility check',
    title: 'Eligibility for awards',
    tabCheck: 'Check one case',
    tabCandidates: 'Suggest candidates',
    recipientKind: 'Recipient',
    individual: 'Individual',
    collective: 'Collective',
    person: 'Member',
    unit: 'Unit',
    unitPlaceholder: 'Your unit',
    code: 'Title or form',
    year: 'Year',
    check: 'Check',
    suggest: 'Find eligible people',
    chooseFirst: 'Choose the recipient, the title and the year, then press Check.',
    resultTitle: (name: string, award: string, year: number) => `${name} — ${award}, ${year}`,
    reasons: 'Grounds',
    reasonsMet: 'Criteria met',
    reasonsNotMet: 'Criteria not met',
    reasonsReview: 'To review',
    pending: 'Waiting for the council’s or head’s judgment',
    alternative: 'Meeting one criterion of the group is enough',
    unconfirmed: 'Not confirmed in the texts',
    ruleSet: (id: string) => `Rule set applied: ${id}`,
    noRuleSet: 'No rule set applies',
    candidatesMeta: (unit: string, award: string, year: number, evaluated: string, total: string) =>
      `${unit} · ${award}, ${year} · ${evaluated} people screened, ${total} eligible or waiting only on judgments`,
    criteriaUnknown:
      'The texts give no computable criteria for this form: nothing can be suggested; every proposal needs review.',
    noCandidates: 'Nobody in the unit meets the computable criteria of this form.',
    columns: { person: 'Full name', unit: 'Unit', verdict: 'Result', pending: 'Still to judge' },
    openCheck: 'See grounds',
    group: (n: number) => `group ${n}`,
    outcomes: { met: 'Met', not_met: 'Not met', review: 'To review', skipped: 'Not applicable' },
    memberPanel: 'Eligibility check',
  },
};
