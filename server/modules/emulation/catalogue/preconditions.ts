// The common pre-conditions of individual annual titles (reference §2.1): practical exclusions that are local
// rules (each a parameter a deciding body may switch off), and the old decree's training rule.
import type { Clause } from '../../../../shared/contracts/emulation.ts';
import { cite, maxAbsence, noDiscipline, noFine, param, pledged, tenure, training } from './clauses.ts';

const lamHa = cite('LOCAL_LAM_HA_2021', undefined, { sources: ['S43', 'S49'] });
const decree91Article10 = cite('ND_91_2017', '10', { sources: ['S24c', 'S23'] });

/** 'old' keeps the NĐ 91/2017 training figure as law; 'current' makes it a parameter (not re-confirmed after 2024). */
export function annualPreconditions(regime: 'old' | 'current'): Clause[] {
  return [
    maxAbsence(param('precond.max_days_absent'), { cite: lamHa, status: 'local' }),
    pledged({ when: param('precond.require_pledge'), cite: lamHa, status: 'local' }),
    tenure('hired', param('precond.min_months_since_hired'), { cite: lamHa, status: 'local' }),
    noFine({ when: param('precond.exclude_administrative_fine'), cite: lamHa, status: 'local' }),
    noDiscipline(param('precond.excluding_discipline'), { cite: lamHa, status: 'local' }),
    training(regime === 'old' ? 'good' : param('precond.long_training_min_result'), {
      cite: decree91Article10,
      status: 'old',
    }),
  ];
}
