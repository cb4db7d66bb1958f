// File names for downloads: the Vietnamese name for browsers that read RFC 6266's filename*, and an ASCII
// fallback without diacritics for those that do not ("Quyết định 45-QĐ-CĐYT.docx" / "Quyet-dinh-45-QD-CDYT.docx").

/** "Quyết định 45-QĐ-CĐYT.docx": slashes of the number become dashes, nothing a file system refuses. */
export function fileNameOf(kind: string, reference: string, extension: string): string {
  const safe = `${kind} ${reference}`
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return `${safe}.${extension}`;
}

/** The ASCII twin: marks removed, đ as d, spaces as dashes. */
export function asciiFileName(fileName: string): string {
  return (
    fileName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/\s+/g, '-')
      .replace(/[^A-Za-z0-9._-]/g, '_') || 'van-ban'
  );
}

/** The Content-Disposition header value for an attachment. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
