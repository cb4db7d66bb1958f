// Evidence files kept in the database: stored once with their SHA-256, read back by the module whose
// record points at them (that module decides who may read), or by the person who uploaded them.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ActorCtx } from '../../context.ts';
import { attachments } from '../../db/schema/index.ts';
import { withWrite, type Tx } from '../../db/write.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { ACCEPTED_EXTENSIONS, detectFileKind } from './file-kind.ts';

/** Evidence is a scan, a photo or a document, not a data set: 10 MB is plenty and keeps backups lean. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export type AttachmentInfo = {
  id: number;
  fileName: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
  uploadedAt: string;
};

type Reader = ActorCtx['db'] | Tx;

const info = {
  id: attachments.id,
  fileName: attachments.fileName,
  mimeType: attachments.mimeType,
  byteSize: attachments.byteSize,
  sha256: attachments.sha256,
  uploadedBy: attachments.uploadedBy,
  uploadedAt: attachments.uploadedAt,
};

/** A name safe to store and send back: NFC, no folders, no control characters, at most 200 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - extension.length) + extension;
}

/** Stores an uploaded file after checking its size and that its content is what its name says. */
export async function storeAttachment(
  ctx: ActorCtx,
  upload: { fileName: string; data: Buffer },
): Promise<AttachmentInfo> {
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw badRequest('attachments.no_name', 'Tệp không có tên.', 'The file has no name.');
  if (upload.data.length === 0) throw badRequest('attachments.empty', 'Tệp rỗng.', 'The file is empty.');
  if (upload.data.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
  const kind = detectFileKind(fileName, upload.data);
  if (kind === 'not_allowed') {
    throw new AppError(
      415,
      'attachments.type_not_allowed',
      `Chỉ nhận tệp ${ACCEPTED_EXTENSIONS.join(', ')}.`,
      `Only ${ACCEPTED_EXTENSIONS.join(', ')} files are accepted.`,
    );
  }
  if (kind === 'mismatch') {
    throw new AppError(
      415,
      'attachments.type_mismatch',
      `Nội dung tệp “${fileName}” không đúng với đuôi tên tệp.`,
      `The content of "${fileName}" does not match its extension.`,
    );
  }
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  const row = await withWrite(ctx, async (tx, audit) => {
    const [inserted] = await tx
      .insert(attachments)
      .values({
        fileName,
        mimeType: kind.mimeType,
        byteSize: upload.data.length,
        sha256,
        content: upload.data,
        uploadedBy: ctx.actor.userId > 0 ? ctx.actor.userId : null,
      })
      .returning(info);
    audit({
      action: 'attachment.upload',
      entity: 'attachment',
      entityId: inserted!.id,
      after: { fileName, mimeType: kind.mimeType, byteSize: upload.data.length, sha256 },
    });
    return inserted!;
  });
  return toInfo(row);
}

export function tooLarge(): AppError {
  const megabytes = MAX_ATTACHMENT_BYTES / 1024 / 1024;
  return new AppError(
    413,
    'attachments.too_large',
    `Tệp lớn hơn giới hạn ${megabytes} MB.`,
    `The file is larger than ${megabytes} MB.`,
  );
}

function toInfo(row: typeof attachments.$inferSelect | Omit<typeof attachments.$inferSelect, 'content'>) {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    byteSize: row.byteSize,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/**
 * An attachment a record is about to point at: it must exist and have been uploaded by the actor, so
 * nobody can link (and so read) a file somebody else uploaded.
 */
export async function claimAttachment(ctx: ActorCtx, tx: Tx, id: number, field: string): Promise<AttachmentInfo> {
  const [row] = await tx.select(info).from(attachments).where(eq(attachments.id, id));
  if (!row || row.uploadedBy !== ctx.actor.userId) {
    throw badRequest('attachments.not_yours', 'Không tìm thấy tệp đã tải lên.', 'No such uploaded file.', [
      { field, message: 'Không tìm thấy tệp đã tải lên; hãy tải tệp lên lại.', messageEn: 'Upload the file again.' },
    ]);
  }
  return toInfo(row);
}

/** One file with its content, for the module that has already decided the reader may have it. */
export async function readAttachment(db: Reader, id: number) {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  if (!row) throw notFound('attachments');
  return row;
}

/** The uploader reads back a file they uploaded (before any record points at it, to check it). */
export async function readOwnAttachment(ctx: ActorCtx, id: number) {
  const row = await readAttachment(ctx.db, id);
  if (row.uploadedBy !== ctx.actor.userId) throw notFound('attachments');
  return row;
}

/**
 * Headers that make a browser download the file under its Vietnamese name: an ASCII fallback and the
 * UTF-8 name (RFC 6266), never sniffed into something else.
 */
export function downloadHeaders(file: { fileName: string; mimeType: string; byteSize: number; sha256: string }) {
  const ascii =
    file.fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|[\\"]/g, '_') || 'tep';
  return {
    'content-type': file.mimeType,
    'content-length': String(file.byteSize),
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'x-content-sha256': file.sha256,
  };
}
