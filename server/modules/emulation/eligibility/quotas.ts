// Quotas of a rule version checked over a round of proposals: the share of CSTĐCS among LĐTT per unit, a
// maximum per theme or per proposing unit, the mix of cadre levels of a prize. One pass, grouped by key.
import type { Citation, NumberOrParam, Quota } from '../../../../shared/contracts/emulation.ts';
import { citationEn, citationVi, percentEn, percentVi } from './format.ts';
import { profileLabels } from './labels.ts';
import type { RecipientIndex } from './recipient-index.ts';
import type { Session } from './session.ts';

export type QuotaEntry = {
  index: RecipientIndex;
  /** Codes this recipient is proposed for in the round. */
  proposed: readonly string[];
  proposingUnitId?: string;
  theme?: string;
};

export type QuotaCheck = {
  key: string;
  group: string;
  ok: boolean;
  count: number;
  limit: number;
  messageVi: string;
  messageEn: string;
  citationVi?: string;
  citationEn?: string;
  status?: Quota['status'];
};

export function checkQuotas(session: Session, code: string, entries: readonly QuotaEntry[]): QuotaCheck[] {
  const type = session.engine.awardType(code);
  const checks: QuotaCheck[] = [];
  for (const kind of type.recipientKinds) {
    const ruleSet = session.ruleSet(type, kind);
    const ofKind = entries.filter((e) => e.index.kind === kind);
    if (!ruleSet || ofKind.length === 0) continue;
    for (const quota of ruleSet.quotas) {
      if (quota.when && session.value(quota.when) !== true) continue;
      checks.push(...checkQuota(session, code, quota, ofKind, ruleSet.basis[0]));
    }
  }
  return checks;
}

/** Proposed in this round, or already holding it this year (an earlier batch counts against the same quota). */
function takes(session: Session, entry: QuotaEntry, codes: ReadonlySet<string>): boolean {
  for (const c of entry.proposed) if (codes.has(c)) return true;
  for (const c of codes) if (entry.index.awardYears.get(c)?.has(session.year)) return true;
  return false;
}

function groupBy(entries: readonly QuotaEntry[], key: (e: QuotaEntry) => string): Map<string, QuotaEntry[]> {
  const groups = new Map<string, QuotaEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

function checkQuota(
  session: Session,
  code: string,
  quota: Quota,
  entries: readonly QuotaEntry[],
  fallbackCite: Citation | undefined,
): QuotaCheck[] {
  const type = session.engine.awardType(code);
  const own = session.expand([code]);
  const cite = quota.cite ?? fallbackCite;
  const doc = cite ? session.engine.documents.get(cite.doc) : undefined;
  const base = {
    ...(cite ? { citationVi: citationVi(cite, doc), citationEn: citationEn(cite, doc) } : {}),
    ...(quota.status ? { status: quota.status } : {}),
  };
  const resolve = (v: NumberOrParam | undefined) => (v === undefined ? null : session.number(v));
  const out: QuotaCheck[] = [];

  if (quota.kind === 'share_of') {
    const share = resolve(quota.max);
    const ofCodes = session.codes(quota.ofCodes);
    if (share === null || !ofCodes) return out;
    const of = session.expand(ofCodes);
    const ofVi = ofCodes.map((c) => session.engine.types.get(c)?.nameVi ?? c).join(', ');
    const ofEn = ofCodes.map((c) => session.engine.types.get(c)?.nameEn ?? c).join(', ');
    for (const [unit, group] of groupBy(entries, (e) => e.index.unitId ?? '')) {
      const holders = group.filter((e) => takes(session, e, of)).length;
      const count = group.filter((e) => takes(session, e, own)).length;
      const limit = Math.floor(share * holders + 1e-9);
      const ok = count <= limit;
      out.push({
        key: ok ? 'quota.share_within' : 'quota.share_exceeded',
        group: unit,
        ok,
        count,
        limit,
        messageVi: `Đơn vị ${unit}: ${count} ${type.nameVi} trên ${holders} ${ofVi}; tối đa ${percentVi(share)} là ${limit}${ok ? '' : ` — vượt ${count - limit}`}`,
        messageEn: `Unit ${unit}: ${count} ${type.nameEn} for ${holders} ${ofEn}; at most ${percentEn(share)} = ${limit}${ok ? '' : `, ${count - limit} over`}`,
        ...base,
      });
    }
    return out;
  }

  const proposed = entries.filter((e) => takes(session, e, own));
  if (quota.kind === 'max_count') {
    const max = resolve(quota.max);
    if (max === null) return out;
    const keyOf = (e: QuotaEntry) =>
      quota.per === 'unit'
        ? (e.index.unitId ?? '')
        : quota.per === 'proposing_unit'
          ? (e.proposingUnitId ?? e.index.unitId ?? '')
          : quota.per === 'theme'
            ? (e.theme ?? '')
            : 'all';
    const perVi = { unit: 'Đơn vị', proposing_unit: 'Đơn vị đề nghị', theme: 'Chuyên đề', all: 'Toàn đợt' }[quota.per];
    for (const [group, list] of groupBy(proposed, keyOf)) {
      const ok = list.length <= max;
      out.push({
        key: ok ? 'quota.count_within' : 'quota.count_exceeded',
        group,
        ok,
        count: list.length,
        limit: max,
        messageVi: `${perVi}${quota.per === 'all' ? '' : ` «${group}»`}: ${list.length} ${type.nameVi}; tối đa ${max}${ok ? '' : ` — vượt ${list.length - max}`}`,
        messageEn: `${quota.per} "${group}": ${list.length} ${type.nameEn}; at most ${max}${ok ? '' : `, ${list.length - max} over`}`,
        ...base,
      });
    }
    return out;
  }

  const min = resolve(quota.min);
  const max = resolve(quota.max);
  if ((min === null && max === null) || proposed.length === 0) return out;
  const label = profileLabels[quota.key];
  const valueVi = quota.values.map((v) => label.values[String(v)]?.vi ?? String(v)).join(', ');
  const matching = proposed.filter((e) => quota.values.includes(e.index.profile[quota.key] as string | boolean)).length;
  const share = matching / proposed.length;
  const okMin = min === null || share >= min - 1e-9;
  const okMax = max === null || share <= max + 1e-9;
  const bound = min !== null && !okMin ? min : (max ?? min ?? 0);
  out.push({
    key: okMin && okMax ? 'quota.mix_within' : okMin ? 'quota.mix_above_max' : 'quota.mix_below_min',
    group: `${quota.key}=${quota.values.join('|')}`,
    ok: okMin && okMax,
    count: matching,
    limit: Math.floor(bound * proposed.length + 1e-9),
    messageVi: `${label.vi} ${valueVi}: ${matching}/${proposed.length} (${percentVi(share)}); ${min !== null ? `tối thiểu ${percentVi(min)}` : ''}${min !== null && max !== null ? ', ' : ''}${max !== null ? `tối đa ${percentVi(max)}` : ''}`,
    messageEn: `${label.en} ${quota.values.join(', ')}: ${matching}/${proposed.length} (${percentEn(share)}); ${min !== null ? `min ${percentEn(min)}` : ''}${min !== null && max !== null ? ', ' : ''}${max !== null ? `max ${percentEn(max)}` : ''}`,
    ...base,
  });
  return out;
}
