// What an uploaded file really is, read from its first bytes: the name's extension must agree with the
// content, so a renamed executable or a PDF called .xlsx is refused before it is stored.

export type FileKind = { mimeType: string; extensions: readonly string[] };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((byte, i) => data[at + i] === byte);

/** The kinds of evidence accepted: documents, spreadsheets, scans and photos, plain text. */
const KINDS: { kind: FileKind; matches: (data: Buffer) => boolean }[] = [
  {
    kind: { mimeType: 'application/pdf', extensions: ['pdf'] },
    matches: (data) => startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  {
    kind: { mimeType: 'image/png', extensions: ['png'] },
    matches: (data) => startsWith(data, [0x89, 0x50, 0x4e, 0x47]),
  },
  {
    kind: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
    matches: (data) => startsWith(data, [0xff, 0xd8, 0xff]),
  },
  {
    kind: { mimeType: 'image/webp', extensions: ['webp'] },
    matches: (data) => startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8),
  },
  {
    kind: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
    matches: (data) => startsWith(data, ZIP),
  },
  {
    kind: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
    matches: (data) => startsWith(data, ZIP),
  },
  { kind: { mimeType: 'application/msword', extensions: ['doc'] }, matches: (data) => startsWith(data, OLE) },
  { kind: { mimeType: 'application/vnd.ms-excel', extensions: ['xls'] }, matches: (data) => startsWith(data, OLE) },
  {
    kind: { mimeType: 'text/plain; charset=utf-8', extensions: ['txt'] },
    matches: (data) => !data.includes(0) && isUtf8(data),
  },
];

function isUtf8(data: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/** The extensions accepted, for the messages and the file picker. */
export const ACCEPTED_EXTENSIONS = KINDS.flatMap((entry) => entry.kind.extensions);

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The kind of a file whose name claims `extension`: 'not_allowed' for an extension not accepted,
 * 'mismatch' when the content is not what the extension says.
 */
export function detectFileKind(fileName: string, data: Buffer): FileKind | 'not_allowed' | 'mismatch' {
  const extension = extensionOf(fileName);
  const claimed = KINDS.find((entry) => entry.kind.extensions.includes(extension));
  if (!claimed) return 'not_allowed';
  return claimed.matches(data) ? claimed.kind : 'mismatch';
}
