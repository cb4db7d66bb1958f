// Finding the parts of an .xlsx that a reader of its first sheet needs: the workbook, its first sheet, the
// shared strings and the styles, through the package's relationships rather than by conventional names.
import path from 'node:path/posix';
import { readZipEntry } from './zip-entry.ts';
import { readZipDirectory, ZipDirectoryError, type ZipEntry } from './zip-directory.ts';
import { decodeXmlChunks } from './xml-text.ts';
import { attributeByLocalName, readAttributes, XmlScanner } from './xml-scanner.ts';

/** Largest small part (workbook, relationships) read whole. */
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;

export type XlsxPackage = {
  file: string;
  entry(name: string): ZipEntry | undefined;
  workbook: { date1904: boolean; firstSheet: ZipEntry; sharedStrings?: ZipEntry; styles?: ZipEntry };
};

/** Every tag of a small part (workbook, relationships, styles), with its attributes. */
export async function readTags(
  file: string,
  entry: ZipEntry,
): Promise<{ name: string; attributes: Record<string, string> }[]> {
  if (entry.size > MAX_SMALL_PART_BYTES) throw new ZipDirectoryError('unreadable');
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => tags.push({ name, attributes: readAttributes(attributes) }),
    close: () => undefined,
    text: () => undefined,
  });
  for await (const text of decodeXmlChunks(readZipEntry(file, entry))) scanner.write(text);
  scanner.end();
  return tags;
}

/** A relationship's target as a part name: relative to the source part's folder, or from the root. */
function resolveTarget(sourceDir: string, target: string): string {
  const resolved = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(sourceDir, target));
  return resolved.replace(/^\.\//, '');
}

/** The relationships of a part, by id: type (last segment) and the part they point at. */
async function relationships(pack: Pick<XlsxPackage, 'file' | 'entry'>, partName: string) {
  const dir = path.dirname(partName);
  const relsName = path.join(dir === '.' ? '' : dir, '_rels', `${path.basename(partName)}.rels`);
  const entry = pack.entry(relsName);
  const found = new Map<string, { type: string; target: string }>();
  if (!entry) return found;
  for (const tag of await readTags(pack.file, entry)) {
    if (tag.name !== 'Relationship' || tag.attributes.TargetMode === 'External') continue;
    const { Id: id, Type: type, Target: target } = tag.attributes;
    if (id && type && target)
      found.set(id, {
        type: type.slice(type.lastIndexOf('/') + 1),
        target: resolveTarget(dir === '.' ? '' : dir, target),
      });
  }
  return found;
}

/** Opens the package: its directory (refusing a zip bomb), then the workbook and what it refers to. */
export async function openXlsxPackage(file: string): Promise<XlsxPackage> {
  const entries = new Map(readZipDirectory(file).map((entry) => [entry.name.toLowerCase(), entry]));
  const base = { file, entry: (name: string) => entries.get(name.toLowerCase()) };
  const root = [...(await relationships(base, '')).values()];
  const workbookName = root.find((rel) => rel.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbookEntry = base.entry(workbookName);
  if (!workbookEntry) throw new ZipDirectoryError('unreadable');
  const tags = await readTags(file, workbookEntry);
  const properties = tags.find((tag) => tag.name === 'workbookPr')?.attributes ?? {};
  const date1904 = properties.date1904 === '1' || properties.date1904 === 'true';
  const firstSheetTag = tags.find((tag) => tag.name === 'sheet');
  const rels = await relationships(base, workbookName);
  const sheetId = firstSheetTag && attributeByLocalName(firstSheetTag.attributes, 'id');
  const sheetName = sheetId ? rels.get(sheetId)?.target : undefined;
  const firstSheet = sheetName ? base.entry(sheetName) : undefined;
  if (!firstSheet) throw new ZipDirectoryError('unreadable');
  const ofType = (type: string) => {
    const target = [...rels.values()].find((rel) => rel.type === type)?.target;
    return target ? base.entry(target) : undefined;
  };
  return {
    ...base,
    workbook: { date1904, firstSheet, sharedStrings: ofType('sharedStrings'), styles: ofType('styles') },
  };
}
