// "Hồ sơ của tôi": the record of the person a login belongs to, and their own membership card.
import type { OwnMember } from '../../../shared/contracts/self-service.ts';
import type { ActorCtx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { cardMembershipOf } from '../members/card/card-data.ts';
import { issueCard, type PrintedCard } from '../members/card/card.service.ts';
import { loadPerson, toMemberDetail } from '../members/member-rows.ts';

/** The person id of the actor's login, or 404 when the login is not linked to a member record. */
export function ownPersonId(ctx: ActorCtx): number {
  const personId = ctx.actor.personId;
  if (!personId) {
    throw new AppError(
      404,
      'self_service.not_linked',
      'Tài khoản của bạn chưa được liên kết với hồ sơ đoàn viên. Hãy liên hệ cán bộ công đoàn cơ sở.',
      'Your login is not linked to a member record. Ask your union officer.',
    );
  }
  return personId;
}

/**
 * The member's own record. Their citizen ID is shown in full: it is their own data (the data subject's right
 * of access), and they cannot tell whether it is recorded right, or ask to correct it, from four digits.
 * Nobody else's data is disclosed, so this view is not written to the audit log as a personal-data view.
 */
export async function getOwnMember(ctx: ActorCtx): Promise<OwnMember> {
  const loaded = await loadPerson(ctx.db, ownPersonId(ctx));
  const detail = toMemberDetail(ctx.actor, loaded);
  return {
    member: {
      ...detail,
      citizenId: loaded.person.citizenId,
      abilities: { ...detail.abilities, viewCitizenId: true },
    },
    card: { available: cardMembershipOf(loaded).problem === null },
  };
}

/** GET /me/card.pdf: the member prints their own card; 409 says why when there is none. */
export async function printOwnCard(ctx: ActorCtx, publicUrl: string): Promise<PrintedCard> {
  const loaded = await loadPerson(ctx.db, ownPersonId(ctx));
  return issueCard(ctx, loaded, publicUrl, true);
}
