import { describe, expect, it } from 'vitest';
import { rollUpReports, type Report } from './manual-rollup.ts';

// A province (/1/2/) with two hospitals and a section inside the first; a second province reporting to
// the national union (/9/) by its reporting line.
const national = { id: 9, path: '/9/', reportPath: '/9/' };
const province = { id: 2, path: '/1/2/', reportPath: '/9/2/' };
const report = (unitId: number, path: string, reportPath: string, value: number): Report => ({
  unitId,
  path,
  reportPath,
  value,
});
const hospitalA = report(3, '/1/2/3/', '/9/2/3/', 6);
const sectionA = report(4, '/1/2/3/4/', '/9/2/3/4/', 2);
const hospitalB = report(5, '/1/2/5/', '/9/2/5/', 4.5);

describe('rollUpReports', () => {
  it('takes the unit’s own report first', () => {
    expect(rollUpReports(province, [report(2, '/1/2/', '/9/2/', 18), hospitalA, hospitalB])).toEqual({
      achieved: 18,
      basis: 'own_report',
      reportingUnits: 1,
    });
  });

  it('adds up the highest reporting unit of each branch below, never a section under a reporting hospital', () => {
    expect(rollUpReports(province, [hospitalA, sectionA, hospitalB])).toEqual({
      achieved: 10.5,
      basis: 'children_reports',
      reportingUnits: 2,
    });
    expect(rollUpReports(province, [sectionA, hospitalB])).toMatchObject({ achieved: 6.5, reportingUnits: 2 });
  });

  it('follows the reporting line, ignores reports outside the subtree, and has nothing without reports', () => {
    expect(rollUpReports(national, [hospitalA, hospitalB, report(7, '/1/7/', '/1/7/', 100)])).toMatchObject({
      achieved: 10.5,
    });
    expect(rollUpReports(province, [])).toEqual({ achieved: null, basis: 'none', reportingUnits: 0 });
  });

  it('adds decimal figures exactly', () => {
    const tenths = [report(3, '/1/2/3/', '/9/2/3/', 0.1), report(5, '/1/2/5/', '/9/2/5/', 0.2)];
    expect(rollUpReports(province, tenths).achieved).toBe(0.3);
  });
});
