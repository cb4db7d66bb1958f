// A generated person's working and union life: when they started work and joined, and for some a transfer from
// another union, leaving (retirement, a job outside the sector), a later re-joining, or a suspension.
import type { ContractKind, MembershipStatus } from '../../../../shared/members-enums.ts';
import { DAYS_PER_YEAR, toDay } from './days.ts';
import { LEFT_REASONS, SUSPEND_REASONS } from './person-facts.ts';
import type { Random } from './random.ts';

export type MembershipPeriod = {
  unitId: number;
  cardNumber: string | null;
  joinedOn: number;
  validFrom: number;
  validTo: number | null;
  status: MembershipStatus;
  leftOn: number | null;
  leftReason: string | null;
};
export type EmploymentPeriod = {
  unitId: number;
  validFrom: number;
  validTo: number | null;
  contractKind: ContractKind;
};
export type History = { memberships: MembershipPeriod[]; employments: EmploymentPeriod[] };

/** Where a person can be placed: a grassroots union and the units (its sections, or itself) people work in. */
export type Workplace = { unitId: number; workUnitIds: readonly number[]; sector: 'public' | 'non_public' };

const EARLIEST = toDay('1980-01-01');
const RETIREMENT_AGE = 55;

/** A day in [from, to], or `to` when the range is empty. */
const between = (random: Random, from: number, to: number) => (to <= from ? to : random.int(from, to));

function contractOf(random: Random, workplace: Workplace): ContractKind {
  if (workplace.sector === 'non_public') return random.chance(0.95) ? 'labour_contract' : 'other';
  return random.chance(0.78) ? 'public_employee' : 'labour_contract';
}

/** A worker who is not a member: one open employment. */
export function drawWorkerHistory(random: Random, birthDay: number, reference: number, workplace: Workplace): History {
  const start = between(random, Math.max(EARLIEST, birthDay + Math.round(22 * DAYS_PER_YEAR)), reference - 30);
  return {
    memberships: [],
    employments: [
      {
        unitId: random.pick(workplace.workUnitIds),
        validFrom: start,
        validTo: null,
        contractKind: contractOf(random, workplace),
      },
    ],
  };
}

/**
 * A member's history ending at `workplace` (or having left it). `elsewhere` is where a transfer came from;
 * `newCard` issues a card number (a re-joining gets a new card).
 */
export function drawMemberHistory(
  random: Random,
  birthDay: number,
  reference: number,
  workplace: Workplace,
  elsewhere: () => Workplace,
  newCard: () => string,
): History & { kind: 'active' | 'transferred' | 'left' | 'rejoined' | 'suspended' } {
  const start = between(
    random,
    Math.max(EARLIEST, birthDay + Math.round((22 + 6 * random.next()) * DAYS_PER_YEAR)),
    reference - 60,
  );
  const joined = between(random, start + 30, Math.min(reference - 1, start + 900));
  const card = random.chance(0.985) ? newCard() : null;
  const workUnit = random.pick(workplace.workUnitIds);
  const contractKind = contractOf(random, workplace);
  const open = (unitId: number, from: number, joinedOn: number, cardNumber: string | null) => ({
    unitId,
    cardNumber,
    joinedOn,
    validFrom: from,
    validTo: null,
    status: 'active' as const,
    leftOn: null,
    leftReason: null,
  });
  const active = () => ({
    kind: 'active' as const,
    memberships: [open(workplace.unitId, joined, joined, card)],
    employments: [{ unitId: workUnit, validFrom: start, validTo: null, contractKind }],
  });
  const roll = random.next();
  // Shares among members: 8% transferred, 5% left, 1.5% left and re-joined, 0.6% suspended; the rest active.
  // A member too recent for the history drawn stays active.
  const settled = reference - joined > 2 * 365;
  if (roll < 0.08) {
    if (!settled) return active();
    // Chuyển sinh hoạt: the card and the joining date travel with the member.
    const from = elsewhere();
    const moved = between(random, joined + 365, reference - 1);
    return {
      kind: 'transferred',
      memberships: [
        { ...open(from.unitId, joined, joined, card), validTo: moved, status: 'transferred' },
        open(workplace.unitId, moved, joined, card),
      ],
      employments: [
        { unitId: random.pick(from.workUnitIds), validFrom: start, validTo: moved, contractKind },
        { unitId: workUnit, validFrom: moved, validTo: null, contractKind },
      ],
    };
  }
  if (roll < 0.13) {
    if (!settled) return active();
    const left = between(random, joined + 365, reference - 1);
    const retiring = (left - birthDay) / DAYS_PER_YEAR >= RETIREMENT_AGE;
    const reason = retiring ? 'Nghỉ hưu' : random.pick(LEFT_REASONS.filter((r) => r !== 'Nghỉ hưu'));
    // Someone who leaves the union of their own will keeps working: a worker who is not a member.
    const stillWorking = reason === 'Ra khỏi tổ chức công đoàn theo nguyện vọng';
    return {
      kind: 'left',
      memberships: [
        {
          ...open(workplace.unitId, joined, joined, card),
          validTo: left,
          status: 'left',
          leftOn: left,
          leftReason: reason,
        },
      ],
      employments: [{ unitId: workUnit, validFrom: start, validTo: stillWorking ? null : left, contractKind }],
    };
  }
  if (roll < 0.145) {
    if (reference - joined <= 4 * 365) return active();
    // Left for a job outside the sector, came back and joined again: a new period with a new card.
    const left = between(random, joined + 365, reference - 2 * 365);
    const back = between(random, left + 180, reference - 1);
    return {
      kind: 'rejoined',
      memberships: [
        {
          ...open(workplace.unitId, joined, joined, card),
          validTo: left,
          status: 'left',
          leftOn: left,
          leftReason: 'Thôi việc',
        },
        open(workplace.unitId, back, back, newCard()),
      ],
      employments: [
        { unitId: workUnit, validFrom: start, validTo: left, contractKind },
        { unitId: random.pick(workplace.workUnitIds), validFrom: back, validTo: null, contractKind: 'labour_contract' },
      ],
    };
  }
  if (roll < 0.151) {
    return {
      kind: 'suspended',
      memberships: [
        {
          ...open(workplace.unitId, joined, joined, card),
          status: 'suspended',
          leftReason: random.pick(SUSPEND_REASONS),
        },
      ],
      employments: [{ unitId: workUnit, validFrom: start, validTo: null, contractKind }],
    };
  }
  return active();
}
