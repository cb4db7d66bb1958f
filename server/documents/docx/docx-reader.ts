// Reads a .docx back without the library that wrote it: the zip's parts through the project's own zip reader,
// and the text of each paragraph from word/document.xml. Tests use it to check what Word would show.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readZipDirectory } from '../xlsx/zip-directory.ts';
import { readZipEntry } from '../xlsx/zip-entry.ts';

/** One part of the package as text (word/document.xml, word/header1.xml …); the zip reader works on files. */
export async function readDocxPart(docx: Buffer, part: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
  const file = path.join(dir, 'document.docx');
  try {
    fs.writeFileSync(file, docx);
    const entry = readZipDirectory(file).find((candidate) => candidate.name === part);
    if (!entry) throw new Error(`no part ${part} in the package`);
    const chunks: Buffer[] = [];
    for await (const chunk of readZipEntry(file, entry)) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The names of the package's parts. */
export function docxPartNames(docx: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docx-'));
  const file = path.join(dir, 'document.docx');
  try {
    fs.writeFileSync(file, docx);
    return readZipDirectory(file).map((entry) => entry.name);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of each paragraph (w:p) in document order, runs joined; table cells give one paragraph each. */
export function paragraphTexts(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const match of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const texts = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!));
    paragraphs.push(texts.join(''));
  }
  return paragraphs;
}
