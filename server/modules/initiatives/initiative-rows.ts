// Reading initiatives with what a screen shows about them: the unit, the authors in order, the files.
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Initiative } from '../../../shared/contracts/initiatives.ts';
import type { ActorCtx } from '../../context.ts';
import {
  attachments,
  initiativeAttachments,
  initiativeAuthors,
  initiatives,
  people,
  units,
} from '../../db/schema/index.ts';
import type { Tx } from '../../db/write.ts';
import { notFound } from '../../errors.ts';
import { initiativeAbilities } from '../../policies/initiatives.policy.ts';

type Reader = ActorCtx['db'] | Tx;

const unitColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  path: units.path,
  reportPath: units.reportPath,
};

/** Initiatives matching `where` (on `initiatives` and `units`), newest first, one page. */
export function selectInitiativeRows(db: Reader, where: SQL | undefined, page?: { limit: number; offset: number }) {
  const query = db
    .select({ initiative: initiatives, unit: unitColumns })
    .from(initiatives)
    .innerJoin(units, eq(units.id, initiatives.unitId))
    .where(where)
    .orderBy(sql`coalesce(${initiatives.decisionDate}, ${initiatives.submittedOn}) DESC`, asc(initiatives.id))
    .$dynamic();
  return page ? query.limit(page.limit).offset(page.offset) : query;
}

/** One initiative and its unit, or 404 (the caller then checks the actor's scope on the unit). */
export async function loadInitiative(db: Reader, id: number) {
  const [row] = await selectInitiativeRows(db, eq(initiatives.id, id));
  if (!row) throw notFound('initiatives');
  return row;
}

export type LoadedInitiative = Awaited<ReturnType<typeof loadInitiative>>;

/** The authors and files of several initiatives in two queries, so a page costs three queries in all. */
async function loadParts(db: Reader, ids: number[]) {
  if (ids.length === 0) return { authors: [], files: [] };
  const [authors, files] = await Promise.all([
    db
      .select({
        initiativeId: initiativeAuthors.initiativeId,
        personId: people.id,
        fullName: people.fullName,
        titles: people.titles,
        sharePercent: initiativeAuthors.sharePercent,
      })
      .from(initiativeAuthors)
      .innerJoin(people, eq(people.id, initiativeAuthors.personId))
      .where(inArray(initiativeAuthors.initiativeId, ids))
      .orderBy(asc(initiativeAuthors.position)),
    db
      .select({
        initiativeId: initiativeAttachments.initiativeId,
        id: attachments.id,
        fileName: attachments.fileName,
        mimeType: attachments.mimeType,
        byteSize: attachments.byteSize,
      })
      .from(initiativeAttachments)
      .innerJoin(attachments, eq(attachments.id, initiativeAttachments.attachmentId))
      .where(inArray(initiativeAttachments.initiativeId, ids))
      .orderBy(asc(initiativeAttachments.id)),
  ]);
  return { authors, files };
}

/** The API shape of each row, with the actor's abilities on it. */
export async function toInitiativeDtos(ctx: ActorCtx, db: Reader, rows: LoadedInitiative[]): Promise<Initiative[]> {
  const { authors, files } = await loadParts(
    db,
    rows.map((row) => row.initiative.id),
  );
  return rows.map(({ initiative, unit }) => ({
    id: initiative.id,
    kind: initiative.kind as Initiative['kind'],
    title: initiative.title,
    field: initiative.field,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    submittedOn: initiative.submittedOn,
    status: initiative.status,
    recognitionLevel: initiative.recognitionLevel,
    decisionNo: initiative.decisionNo,
    decisionDate: initiative.decisionDate,
    rejectionReason: initiative.rejectionReason,
    benefitVnd: initiative.benefitVnd,
    appliedAt: initiative.appliedAt,
    application: initiative.application,
    accepted: initiative.accepted,
    authors: authors
      .filter((author) => author.initiativeId === initiative.id)
      .map(({ personId, fullName, titles, sharePercent }) => ({ personId, fullName, titles, sharePercent })),
    files: files
      .filter((file) => file.initiativeId === initiative.id)
      .map(({ id, fileName, mimeType, byteSize }) => ({ id, fileName, mimeType, byteSize })),
    abilities: initiativeAbilities(ctx.actor, { unit, status: initiative.status }),
  }));
}
