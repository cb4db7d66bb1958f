import { describe, expect, it } from 'vitest';
import { toDay } from './days.ts';
import { generatePeople } from './generate-people.ts';
import { planTree, type ExistingTree } from './plan-tree.ts';
import { seededRandom } from './random.ts';

const existing: ExistingTree = {
  confederation: { id: 1, code: 'TLDLDVN', path: '/1/', reportPath: '/1/', province: null },
  national: { id: 2, code: 'CDYTVN', path: '/1/2/', reportPath: '/1/2/', province: null },
  byCode: new Map(),
};

function generate(seed: number, members = 3000, units = 200) {
  const plan = planTree(existing, { units, tag: '', firstId: 10, random: seededRandom(seed) });
  const people = [
    ...generatePeople(plan.grassroots, {
      members,
      seed,
      reference: toDay('2026-06-30'),
      firstPersonId: 1,
      takenCitizenIds: new Set(),
      takenCardNumbers: new Set(),
    }),
  ];
  return { plan, people };
}

describe('the generated data set', () => {
  it('is the same for the same seed and different for another', () => {
    const a = generate(42);
    const b = generate(42);
    const c = generate(43);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.people.map((p) => p.facts.fullName)).not.toEqual(a.people.map((p) => p.facts.fullName));
  });

  it('has exactly the units asked for, provinces by size, and sections inside their grassroots unions', () => {
    for (const units of [10, 60, 1000, 10_000]) {
      const { plan } = generate(1, 0, units);
      expect(plan.units).toHaveLength(units);
      const ids = new Set(plan.units.map((unit) => unit.id));
      expect(ids.size).toBe(units);
      expect(new Set(plan.units.map((unit) => unit.code)).size).toBe(units);
      for (const g of plan.grassroots) for (const s of g.sections) expect(s.path.startsWith(g.unit.path)).toBe(true);
      expect(plan.provinces[0]!.name).toBe('Hà Nội');
    }
    expect(generate(1, 0, 10_000).plan.provinces).toHaveLength(63);
    expect(() => generate(1, 0, 9)).toThrow(RangeError);
  });

  it('gives more people to bigger unions and draws the shares of a health workforce', () => {
    const { plan, people } = generate(7, 20_000, 400);
    const perUnion = new Map<number, number>();
    for (const person of people)
      for (const m of person.memberships.filter((m) => m.validTo === null))
        perUnion.set(m.unitId, (perUnion.get(m.unitId) ?? 0) + 1);
    const general = plan.grassroots.find((g) => g.unit.name.includes('Bệnh viện Đa khoa thành phố Hà Nội'))!;
    const office = plan.grassroots.find((g) => g.unit.name.includes('Chi cục'))!;
    expect(perUnion.get(general.unit.id)!).toBeGreaterThan(perUnion.get(office.unit.id) ?? 0);
    const share = (test: (p: (typeof people)[number]) => boolean) => people.filter(test).length / people.length;
    expect(share((p) => p.kind === 'worker')).toBeCloseTo(0.074, 2);
    expect(share((p) => p.kind === 'transferred')).toBeGreaterThan(0.03);
    expect(share((p) => p.facts.qualification === 'nurse')).toBeGreaterThan(0.3);
    expect(share((p) => p.facts.titles.length > 0)).toBeGreaterThan(0.1);
    const ids = people.map((p) => p.facts.citizenId).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
