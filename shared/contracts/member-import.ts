// The member import contract: the one-shot report, and the import job the web wizard drives step by step.
import { z } from 'zod';
import { unitCodeSchema } from './units.ts';

/** The fields an import column can hold, in the template's order. */
export const importFields = [
  'fullName',
  'birthDate',
  'birthYear',
  'gender',
  'ethnicity',
  'religion',
  'citizenId',
  'phone',
  'email',
  'qualification',
  'position',
  'joinedOn',
  'cardNumber',
] as const;
export type ImportField = (typeof importFields)[number];
export const importFieldSchema = z.enum(importFields);

/** What to do with a row whose person is already on record (same citizen ID, else same name and birth date). */
export const onDuplicateSchema = z.enum(['update', 'skip']);
export type OnDuplicate = z.infer<typeof onDuplicateSchema>;

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  /** The field as the template heads it, in Vietnamese. */
  column: z.string(),
  field: importFieldSchema,
  message: z.string(),
  messageEn: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** The result of a check or an import; `errors` holds at most the first 1,000, `errorCount` all of them. */
export const importReportSchema = z.object({
  rows: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  errorCount: z.number().int(),
  errors: z.array(importRowErrorSchema),
  /** Rows whose person is already on record (found by the check; they are updated or skipped). */
  matched: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  committed: z.boolean(),
});
export type ImportReportDto = z.infer<typeof importReportSchema>;

/** The answer to an upload: the header row found, the automatic mapping and a few rows to map by. */
export const importUploadSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  byteSize: z.number().int(),
  /** The row of the file that holds the headers (rows above it, such as a title, are not read). */
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  /** One field or null per header, guessed from the header's wording. */
  mapping: z.array(importFieldSchema.nullable()),
  /** The first rows after the header, one string per header. */
  samples: z.array(z.array(z.string())),
});
export type ImportUpload = z.infer<typeof importUploadSchema>;

export const importCheckBodySchema = z
  .object({
    unit: unitCodeSchema,
    mapping: z.array(importFieldSchema.nullable()).max(200),
    onDuplicate: onDuplicateSchema.default('skip'),
  })
  .strict();
export type ImportCheckBody = z.input<typeof importCheckBodySchema>;

/** The commit repeats the choices of the clean check it follows, or sends nothing and takes them. */
export const importCommitBodySchema = z.union([importCheckBodySchema, z.object({}).strict()]);

export const importJobParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) }).strict();

export const importJobStates = ['uploaded', 'checking', 'checked', 'importing', 'done', 'failed'] as const;
export type ImportJobState = (typeof importJobStates)[number];

export const importJobSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  byteSize: z.number().int(),
  state: z.enum(importJobStates),
  /** The choices of the last check or import; null before the first check. */
  options: z
    .object({
      unit: z.object({ code: z.string(), name: z.string() }),
      mapping: z.array(importFieldSchema.nullable()),
      onDuplicate: onDuplicateSchema,
    })
    .nullable(),
  /** `check` moves by the bytes of the file read, `write` by rows written out of the rows checked. */
  progress: z.object({
    phase: z.enum(['check', 'write']).nullable(),
    rows: z.number().int(),
    percent: z.number().min(0).max(100),
  }),
  report: importReportSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string(), messageEn: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** A unit the user may import members into: an active grassroots union or section they keep members of. */
export const importUnitSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type ImportUnit = z.infer<typeof importUnitSchema>;
export const importUnitQuerySchema = z.object({ q: z.string().trim().max(100).optional() }).strict();
/** What the wizard's first step needs: where the user may import, and the largest file the server takes. */
export const importUnitListSchema = z.object({ items: z.array(importUnitSchema), maxBytes: z.number().int() });
export type ImportUnitList = z.infer<typeof importUnitListSchema>;
