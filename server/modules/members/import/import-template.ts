// The import template: the headers the import reads, in the template's order, and one example row.
import type { Readable } from 'node:stream';
import { excelDate, streamTable } from '../../../documents/table-export.ts';
import { fieldHeaders, importFields } from './import-columns.ts';

const EXAMPLE: Record<(typeof importFields)[number], string | number | Date | null> = {
  fullName: 'ThS. Nguyễn Thị Hoà',
  birthDate: excelDate('1985-03-12'),
  birthYear: 1985,
  gender: 'Nữ',
  ethnicity: 'Kinh',
  religion: 'Không',
  citizenId: '001185012345',
  phone: '0912345678',
  email: 'hoa.nt@benhvien.vn',
  qualification: 'Điều dưỡng',
  position: 'Điều dưỡng trưởng khoa',
  joinedOn: excelDate('2010-05-01'),
  cardNumber: 'YT00123456',
};

export function importTemplate(): Readable {
  const columns = importFields.map((field) => ({
    header: fieldHeaders[field],
    width: field === 'fullName' || field === 'position' ? 28 : 16,
    kind: field === 'birthDate' || field === 'joinedOn' ? ('date' as const) : ('text' as const),
  }));
  async function* rows() {
    yield [importFields.map((field) => EXAMPLE[field])];
  }
  return streamTable('xlsx', 'Đoàn viên', columns, rows(), () => undefined);
}
