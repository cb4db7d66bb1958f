// English strings of the annual ratings screen.
import type { Dictionary } from '../vi.ts';

/** Part of the English dictionary. */
export const enPerformanceRatings: Pick<Dictionary, 'performanceRatings'> = {
  performanceRatings: {
    menu: 'Annual ratings',
    title: 'Annual performance ratings',
    unit: 'Unit',
    unitPlaceholder: 'Your unit',
    year: 'Year',
    meta: (unit: string, year: number, count: string) => `${unit} · ${year} · ${count} people`,
    counts: 'Ratings',
    columns: {
      person: 'Full name',
      unit: 'Unit',
      rating: 'Rating',
      daysAbsent: 'Days absent',
      discipline: 'Discipline',
      decisionNo: 'Decision no.',
      decisionDate: 'Decision date',
      note: 'Note',
    },
    notRated: 'Not rated',
    noDiscipline: 'None',
    empty: 'The unit had no members in this year.',
    changed: (count: string) => `${count} rows changed, not saved`,
    save: 'Save changes',
    discard: 'Discard changes',
    saved: (created: string, updated: string, cleared: string) =>
      `Saved: ${created} new, ${updated} changed, ${cleared} cleared.`,
    template: 'Download Excel template',
    import: 'Import from Excel',
    importHelp:
      'Download the template of the chosen unit and year, fill it in and import it. A file with errors imports nothing.',
    imported: (created: string, updated: string, cleared: string, unchanged: string) =>
      `Imported: ${created} new, ${updated} changed, ${cleared} cleared, ${unchanged} unchanged.`,
    errorsTitle: (count: string) => `The file has ${count} errors; nothing was imported`,
    tab: 'Initiatives & ratings',
    personInitiatives: 'Initiatives, works and research as an author',
    personNoInitiatives: 'No initiative, work or research project.',
    share: 'Share',
    personYears: 'Ratings by year',
    personNoYears: 'No rating recorded.',
    errorsHint: 'Correct these cells in the file and import it again.',
  },
};
