// An uploaded import file, streamed to a temporary folder of its own: never held in memory, and read
// twice by an import (check, then write).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../errors.ts';

export type SavedUpload = { dir: string; file: string; fileName: string; byteSize: number };

/** Removes an upload's folder; safe to call twice. */
export function removeUpload(upload: Pick<SavedUpload, 'dir'>): void {
  fs.rmSync(upload.dir, { recursive: true, force: true });
}

/** 209715200 → '200 MB', 262144 → '256 KB', written the Vietnamese way (a comma before decimals). */
function sizeText(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, 'MB'] : [bytes / 1024, 'KB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    413,
    'import.too_large',
    `Tệp lớn hơn giới hạn ${sizeText(maxBytes, 'vi-VN')}.`,
    `The file is larger than ${sizeText(maxBytes, 'en')}.`,
    { maxBytes },
  );
}

/** Saves the request's one file (multipart/form-data); over `maxBytes` it is refused and nothing is kept. */
export async function saveUpload(request: FastifyRequest, maxBytes: number): Promise<SavedUpload> {
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      'import.not_multipart',
      'Hãy gửi tệp dưới dạng multipart/form-data.',
      'Send the file as multipart/form-data.',
    );
  }
  const upload = await request.file();
  if (!upload) throw new AppError(400, 'import.no_file', 'Chưa chọn tệp để nhập.', 'No file was sent.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-upload-'));
  const file = path.join(dir, 'upload');
  try {
    await pipeline(upload.file, fs.createWriteStream(file));
    if (upload.file.truncated) throw tooLarge(maxBytes);
    const byteSize = fs.statSync(file).size;
    if (byteSize === 0) throw new AppError(400, 'import.empty_file', 'Tệp rỗng.', 'The file is empty.');
    const fileName = path.basename(upload.filename || 'tep-nhap').slice(0, 200);
    return { dir, file, fileName, byteSize };
  } catch (error) {
    removeUpload({ dir });
    throw error;
  }
}
