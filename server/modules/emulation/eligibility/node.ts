// The evaluation tree: one node per clause with its outcome, an English key, and (when explaining) the
// Vietnamese and English sentence. Messages are built lazily so a screening run over many people builds none.
import {
  type Certainty,
  type Citation,
  type Clause,
  type Outcome,
  type ReviewCause,
  reviewCauses,
} from '../../../../shared/contracts/emulation.ts';
import type { RecipientIndex } from './recipient-index.ts';
import type { Session } from './session.ts';

export type Node = {
  kind: string;
  outcome: Outcome;
  key: string;
  cause?: ReviewCause;
  /** Bits of the review causes in this subtree, so a screening knows "only judgments wait" without messages. */
  causes: number;
  vi: string;
  en: string;
  cite?: Citation;
  status?: Certainty;
  children?: Node[];
  achievementIds?: string[];
};

export type Env = {
  session: Session;
  idx: RecipientIndex;
  year: number;
  explain: boolean;
  cite?: Citation;
  status?: Certainty;
  depth: number;
};

export const causeBit = (cause: ReviewCause) => 1 << reviewCauses.indexOf(cause);
export const JUDGMENT_ONLY = causeBit('judgment');

type Extra = { cause?: ReviewCause; achievementIds?: string[]; children?: Node[] };

/** A node for a clause; the message thunk runs only when explaining. */
export function leaf(
  env: Env,
  clause: { kind: string; cite?: Citation; status?: Certainty },
  outcome: Outcome,
  key: string,
  message: () => [string, string],
  extra: Extra = {},
): Node {
  if (!env.explain && !extra.children && !extra.achievementIds) return shared(clause.kind, outcome, key, extra.cause);
  const [vi, en] = env.explain ? message() : ['', ''];
  // A node with children takes its review causes from them; a leaf names its own.
  const cause = outcome === 'review' && !extra.children ? (extra.cause ?? 'judgment') : undefined;
  const causes = extra.children
    ? extra.children.reduce((bits, c) => (c.outcome === 'review' ? bits | c.causes : bits), 0)
    : cause
      ? causeBit(cause)
      : 0;
  const node: Node = { kind: clause.kind, outcome, key, causes: outcome === 'review' ? causes : 0, vi, en };
  if (cause) node.cause = cause;
  if (env.explain) {
    const cite = clause.cite ?? env.cite;
    if (cite) node.cite = cite;
    const status = clause.status ?? env.status;
    if (status) node.status = status;
  }
  if (extra.children) node.children = extra.children;
  if (extra.achievementIds) node.achievementIds = extra.achievementIds;
  return node;
}

// A screening run needs only a leaf's outcome, key and cause: one shared, frozen node per key (keys are string
// constants, each emitted with one outcome) spares the garbage collector millions of short-lived objects.
const sharedNodes = new Map<string, Node>();
function shared(kind: string, outcome: Outcome, key: string, cause: ReviewCause | undefined): Node {
  const c = outcome === 'review' ? (cause ?? 'judgment') : undefined;
  const node = sharedNodes.get(key);
  if (node && node.outcome === outcome && node.cause === c) return node;
  const made: Node = Object.freeze({
    kind,
    outcome,
    key,
    causes: c ? causeBit(c) : 0,
    vi: '',
    en: '',
    ...(c ? { cause: c } : {}),
  });
  sharedNodes.set(key, made);
  return made;
}

/** all: one failure fails; any: one success succeeds; skipped children do not count either way. */
export function combine(mode: 'all' | 'any', children: Node[]): Outcome {
  let met = 0;
  let notMet = 0;
  let review = 0;
  for (const c of children) {
    if (c.outcome === 'met') met++;
    else if (c.outcome === 'not_met') notMet++;
    else if (c.outcome === 'review') review++;
  }
  if (met + notMet + review === 0) return 'skipped';
  if (mode === 'all') return notMet > 0 ? 'not_met' : review > 0 ? 'review' : 'met';
  return met > 0 ? 'met' : review > 0 ? 'review' : 'not_met';
}

/** A parameter is null: skip the clause, or send it to people, as the parameter's definition says. */
export function unsetNode(env: Env, clause: Clause, paramKey: string): Node {
  const def = env.session.engine.parameters.get(paramKey);
  const label = def?.labelVi ?? paramKey;
  if (def?.unset === 'not_applied') {
    return leaf(env, clause, 'skipped', 'parameter.not_applied', () => [
      `Không áp dụng: chưa cấu hình «${label}»`,
      `Not applied: "${def.labelEn}" is not configured`,
    ]);
  }
  return leaf(
    env,
    clause,
    'review',
    'parameter.unset',
    () => [
      `Chưa cấu hình «${label}»; cần xem xét theo văn bản của cơ quan ban hành`,
      `"${def?.labelEn ?? paramKey}" is not configured; to be checked against the issuing body's rules`,
    ],
    { cause: 'parameter_unset' },
  );
}

export const paramKeyOf = (value: unknown): string | undefined =>
  typeof value === 'object' && value !== null && 'param' in value ? String(value.param) : undefined;

/** The clause's award names for messages: "Chiến sĩ thi đua cơ sở", or several joined by "hoặc". */
const names = new WeakMap<readonly string[], [string, string]>();
export function awardNames(env: Env, codes: readonly string[]): [string, string] {
  const cached = names.get(codes);
  if (cached) return cached;
  const types = codes.map((c) => env.session.engine.types.get(c));
  const result: [string, string] = [
    types.map((t, i) => t?.nameVi ?? codes[i]).join(' hoặc '),
    types.map((t, i) => t?.nameEn ?? codes[i]).join(' or '),
  ];
  names.set(codes, result);
  return result;
}
