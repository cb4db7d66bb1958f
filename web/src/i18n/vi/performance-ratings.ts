// Vietnamese strings of the annual ratings screen (đánh giá, xếp loại hằng năm).

/** Part of the Vietnamese dictionary. */
export const viPerformanceRatings = {
  performanceRatings: {
    menu: 'Đánh giá, xếp loại',
    title: 'Đánh giá, xếp loại hằng năm',
    unit: 'Đơn vị',
    unitPlaceholder: 'Đơn vị của bạn',
    year: 'Năm',
    meta: (unit: string, year: number, count: string) => `${unit} · năm ${year} · ${count} người`,
    counts: 'Kết quả xếp loại',
    columns: {
      person: 'Họ và tên',
      unit: 'Đơn vị',
      rating: 'Xếp loại',
      daysAbsent: 'Số ngày nghỉ',
      discipline: 'Kỷ luật',
      decisionNo: 'Số quyết định',
      decisionDate: 'Ngày quyết định',
      note: 'Ghi chú',
    },
    notRated: 'Chưa xếp loại',
    noDiscipline: 'Không',
    empty: 'Đơn vị không có đoàn viên nào trong năm này.',
    changed: (count: string) => `${count} dòng đã sửa, chưa lưu`,
    save: 'Lưu thay đổi',
    discard: 'Bỏ thay đổi',
    saved: (created: string, updated: string, cleared: string) =>
      `Đã lưu: ${created} dòng mới, ${updated} dòng sửa, ${cleared} dòng xóa.`,
    template: 'Tải mẫu Excel',
    import: 'Nhập từ Excel',
    importHelp: 'Tải mẫu của đơn vị và năm đang chọn, điền rồi nhập lại. Tệp có lỗi sẽ không được nhập dòng nào.',
    imported: (created: string, updated: string, cleared: string, unchanged: string) =>
      `Đã nhập: ${created} dòng mới, ${updated} dòng sửa, ${cleared} dòng xóa, ${unchanged} dòng không đổi.`,
    errorsTitle: (count: string) => `Tệp có ${count} lỗi, chưa nhập dòng nào`,
    tab: 'Sáng kiến, xếp loại',
    personInitiatives: 'Sáng kiến, công trình, đề tài là tác giả',
    personNoInitiatives: 'Chưa có sáng kiến, công trình, đề tài nào.',
    share: 'Tỷ lệ',
    personYears: 'Đánh giá, xếp loại qua các năm',
    personNoYears: 'Chưa có kết quả đánh giá, xếp loại nào.',
    errorsHint: 'Sửa các ô dưới đây trong tệp rồi nhập lại.',
  },
};
