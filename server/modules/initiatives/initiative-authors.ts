// The authors of an initiative: people in the register the actor can see, each once, shares summing to 100.
import { foldForSearch } from '../../../shared/text/index.ts';
import type { ActorCtx } from '../../context.ts';
import type { Tx } from '../../db/write.ts';
import { badRequest, type ErrorDetail } from '../../errors.ts';
import { ACHIEVEMENT_READERS } from '../../policies/initiatives.policy.ts';
import { inScope } from '../../policies/scope.ts';
import { formatViNumber } from '../../../shared/format-number.ts';
import { loadPerson, placementOf } from '../members/member-rows.ts';

export type AuthorInput = { personId: number; sharePercent: number };

/** Shares are kept to the hundredth of a percent; adding them as integers avoids 33.33 + 33.33 + 33.34 ≠ 100. */
const hundredths = (share: number) => Math.round(share * 100);

function invalid(details: ErrorDetail[]) {
  return badRequest('initiatives.invalid_authors', details[0]!.message, details[0]!.messageEn, details);
}

/** Checks the list and returns the authors' folded names for the search key; throws 400 naming the row. */
export async function checkAuthors(ctx: ActorCtx, tx: Tx, authors: AuthorInput[]): Promise<string[]> {
  const details: ErrorDetail[] = [];
  const seen = new Set<number>();
  authors.forEach((author, index) => {
    const field = `body.authors.${index}`;
    if (Math.abs(author.sharePercent * 100 - hundredths(author.sharePercent)) > 1e-6) {
      details.push({
        field: `${field}.sharePercent`,
        message: `Tác giả thứ ${index + 1}: tỷ lệ đóng góp chỉ lấy đến hai chữ số thập phân.`,
        messageEn: `Author ${index + 1}: a share has at most two decimals.`,
      });
    }
    if (seen.has(author.personId)) {
      details.push({
        field: `${field}.personId`,
        message: `Tác giả thứ ${index + 1} đã có trong danh sách.`,
        messageEn: `Author ${index + 1} is listed twice.`,
      });
    }
    seen.add(author.personId);
  });
  const total = authors.reduce((sum, author) => sum + hundredths(author.sharePercent), 0);
  if (total !== 10000) {
    const shown = formatViNumber(total / 100);
    details.push({
      field: 'body.authors',
      message: `Tổng tỷ lệ đóng góp của các tác giả phải bằng đúng 100%, hiện là ${shown}%.`,
      messageEn: `The authors' shares must sum to exactly 100%; they sum to ${total / 100}%.`,
    });
  }
  if (details.length) throw invalid(details);

  // A person outside the actor's reach reads as unknown, so the answer reveals nothing about them.
  const names: string[] = [];
  for (const [index, author] of authors.entries()) {
    const loaded = await loadPerson(tx, author.personId).catch(() => null);
    if (!loaded || !placementOf(loaded).units.some((unit) => inScope(ctx.actor, unit, ACHIEVEMENT_READERS))) {
      details.push({
        field: `body.authors.${index}.personId`,
        message: `Không tìm thấy tác giả thứ ${index + 1} trong danh sách người lao động bạn quản lý.`,
        messageEn: `Author ${index + 1} is not a person you can see.`,
      });
      continue;
    }
    names.push(foldForSearch(loaded.person.fullName));
  }
  if (details.length) throw invalid(details);
  return names;
}

/** The folded words the search box matches: title, field, authors. */
export function searchKeyOf(title: string, field: string | null | undefined, authorNames: string[]): string {
  return [foldForSearch(title), field ? foldForSearch(field) : '', ...authorNames].filter(Boolean).join(' ');
}
