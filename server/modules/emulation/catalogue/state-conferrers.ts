// Who confers the state titles (Luật 2022 Điều 80 for the grassroots ones; Bộ, ngành, tỉnh and đoàn thể above).
import type { Conferrer } from '../../../../shared/contracts/emulation.ts';

export const by = (authority: Extract<Conferrer, { kind: 'authority' }>['authority'], more = {}): Conferrer => ({
  kind: 'authority',
  authority,
  status: 'law_2022',
  ...more,
});
/** Điều 80: grassroots titles. The district chair is not modelled after 01/7/2025 (reference §8.4). */
export const grassrootsConferrers = (withCommune: boolean): Conferrer[] => [
  by('unit_head'),
  by('department_director'),
  by('district_pc_chair', { validTo: '2025-06-30' }),
  ...(withCommune ? [by('commune_pc_chair')] : []),
  by('enterprise_head'),
];
export const ministryConferrers: Conferrer[] = [
  by('minister'),
  by('provincial_pc_chair'),
  by('mass_organisation_head'),
  { kind: 'union', unitKind: 'confederation', organ: 'presidium', status: 'unconfirmed' },
];
