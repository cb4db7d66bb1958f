// Everyone in the generated tree, one grassroots union after another: members in proportion to each union's size,
// and about 8% more workers who are not members, each with a history. A generator, so a million never sit in memory.
import type { PersonFacts } from './draw-person.ts';
import { drawPerson } from './draw-person.ts';
import { drawMemberHistory, drawWorkerHistory, type History, type Workplace } from './draw-history.ts';
import { citizenIdAllocator, cardNumberAllocator } from './citizen-ids.ts';
import type { PlannedGrassroots } from './plan-tree.ts';
import { apportion, seededRandom } from './random.ts';

export const WORKER_SHARE = 0.08;

export type GeneratedPerson = History & {
  id: number;
  facts: PersonFacts;
  kind: ReturnType<typeof drawMemberHistory>['kind'] | 'worker';
};

export type PeopleOptions = {
  members: number;
  seed: number;
  reference: number;
  firstPersonId: number;
  takenCitizenIds: ReadonlySet<string>;
  takenCardNumbers: ReadonlySet<string>;
};

/** How many people the options make: members plus workers who are not. */
export function peopleCount(members: number): number {
  return members + Math.round(members * WORKER_SHARE);
}

export function* generatePeople(
  grassroots: readonly PlannedGrassroots[],
  options: PeopleOptions,
): Generator<GeneratedPerson> {
  const random = seededRandom(options.seed ^ 0x5eed);
  const allocateCitizenId = citizenIdAllocator(options.seed, options.takenCitizenIds);
  const allocateCard = cardNumberAllocator(options.takenCardNumbers);
  const weights = grassroots.map((g) => g.weight);
  const members = apportion(weights, options.members);
  const workers = apportion(weights, peopleCount(options.members) - options.members);
  const workplaces: Workplace[] = grassroots.map((g) => ({
    unitId: g.unit.id,
    workUnitIds: g.sections.length ? g.sections.map((s) => s.id) : [g.unit.id],
    sector: g.unit.sector,
  }));
  const sameProvince = new Map<string, number[]>();
  grassroots.forEach((g, i) => {
    const key = g.province?.code ?? 'TW';
    sameProvince.set(key, [...(sameProvince.get(key) ?? []), i]);
  });

  let id = options.firstPersonId;
  for (let g = 0; g < grassroots.length; g++) {
    const place = grassroots[g]!;
    const provinceCode = place.province?.idCode ?? '001';
    const cardPrefix = place.province?.idCode ?? '000';
    const neighbours = (sameProvince.get(place.province?.code ?? 'TW') ?? []).filter((i) => i !== g);
    // Transfers come from the same province four times in five, as they do between a province's hospitals.
    const elsewhere = () => {
      if (neighbours.length && random.chance(0.8)) return workplaces[random.pick(neighbours)]!;
      const other = random.int(0, workplaces.length - 2);
      return workplaces[other >= g ? other + 1 : other]!;
    };
    const context = { reference: options.reference, provinceCode, allocateCitizenId };
    for (let i = 0; i < members[g]! + workers[g]!; i++) {
      const facts = drawPerson(random, context);
      if (i < members[g]!) {
        const history = drawMemberHistory(random, facts.birthDay, options.reference, workplaces[g]!, elsewhere, () =>
          allocateCard(cardPrefix),
        );
        yield {
          id: id++,
          facts,
          kind: history.kind,
          memberships: history.memberships,
          employments: history.employments,
        };
      } else {
        const history = drawWorkerHistory(random, facts.birthDay, options.reference, workplaces[g]!);
        yield { id: id++, facts, kind: 'worker', memberships: history.memberships, employments: history.employments };
      }
    }
  }
}
