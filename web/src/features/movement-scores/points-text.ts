// Points as Vietnamese screens print them: 87,5; nothing given is a dash.
import { formatNumber } from '../../lib/format.ts';

export function pointsText(points: number | null | undefined, none = '—'): string {
  return points === null || points === undefined ? none : formatNumber(points, 2);
}
