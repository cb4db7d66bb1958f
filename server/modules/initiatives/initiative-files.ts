// A record's evidence files are read by whoever may read the record, not only by their uploader.
import { and, eq } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { initiativeAttachments } from '../../db/schema/index.ts';
import { notFound } from '../../errors.ts';
import { requireCapability } from '../../policies/capabilities.ts';
import { authorizeInitiative } from '../../policies/initiatives.policy.ts';
import { readAttachment } from '../attachments/attachments.service.ts';
import { loadInitiative } from './initiative-rows.ts';

export async function readInitiativeFile(ctx: ActorCtx, id: number, fileId: number) {
  requireCapability(ctx.actor, 'viewInitiatives');
  const row = await loadInitiative(ctx.db, id);
  authorizeInitiative(ctx.actor, 'read', row.unit);
  const [link] = await ctx.db
    .select({ id: initiativeAttachments.id })
    .from(initiativeAttachments)
    .where(and(eq(initiativeAttachments.initiativeId, id), eq(initiativeAttachments.attachmentId, fileId)));
  if (!link) throw notFound('attachments');
  return readAttachment(ctx.db, fileId);
}
