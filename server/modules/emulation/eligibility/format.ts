// vi-VN formatting for reasons: year lists, percentages, đồng, dates, and a legal citation the way it is written.
import type { Citation, LegalDocument } from '../../../../shared/contracts/emulation.ts';

/** Newest first, as officers read a streak: "2024, 2023". */
export const yearList = (years: Iterable<number>) => [...years].sort((a, b) => b - a).join(', ');
export const yearRange = (from: number, to: number) => (from === to ? `${to}` : `${from}–${to}`);

export function percentVi(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${String(value).replace('.', ',')}%`;
}
export const percentEn = (share: number) => `${Math.round(share * 1000) / 10}%`;

export function numberVi(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction && Number(fraction) !== 0 ? `${grouped},${fraction}` : grouped;
}
export const numberEn = (value: number, decimals = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: decimals });

export const dateVi = (iso: string) => iso.split('-').reverse().join('/');

/** "điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng số 06/2022/QH15". */
export function citationVi(cite: Citation, doc: LegalDocument | undefined): string {
  const parts = [
    cite.point && `điểm ${cite.point}`,
    cite.clause && `khoản ${cite.clause}`,
    cite.article && `Điều ${cite.article}${cite.inferred ? '*' : ''}`,
    doc?.nameVi ?? cite.doc,
  ].filter(Boolean);
  return parts.join(' ') + (cite.inferred ? ' (số điều suy đoán)' : '');
}

export function citationEn(cite: Citation, doc: LegalDocument | undefined): string {
  const name = doc?.nameEn ?? cite.doc;
  if (!cite.article) return name;
  const sub = `${cite.clause ? `(${cite.clause})` : ''}${cite.point ? `(${cite.point})` : ''}`;
  return `${name}, Article ${cite.article}${sub}${cite.inferred ? ' (number inferred)' : ''}`;
}
