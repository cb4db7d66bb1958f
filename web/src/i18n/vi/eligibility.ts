// Vietnamese strings of the eligibility check and of "suggest candidates".

/** Part of the Vietnamese dictionary. */
export const viEligibility = {
  eligibility: {
    menu: 'Xét điều kiện khen thưởng',
    title: 'Xét điều kiện khen thưởng',
    tabCheck: 'Kiểm tra một trường hợp',
    tabCandidates: 'Gợi ý danh sách đủ điều kiện',
    recipientKind: 'Đối tượng',
    individual: 'Cá nhân',
    collective: 'Tập thể',
    person: 'Đoàn viên',
    unit: 'Đơn vị',
    unitPlaceholder: 'Đơn vị của bạn',
    code: 'Danh hiệu, hình thức',
    year: 'Năm xét',
    check: 'Kiểm tra',
    suggest: 'Tìm người đủ điều kiện',
    chooseFirst: 'Chọn đối tượng, danh hiệu và năm rồi bấm Kiểm tra.',
    resultTitle: (name: string, award: string, year: number) => `${name} — ${award} năm ${year}`,
    reasons: 'Căn cứ',
    reasonsMet: 'Các tiêu chuẩn đã đạt',
    reasonsNotMet: 'Các tiêu chuẩn chưa đạt',
    reasonsReview: 'Cần xem xét',
    pending: 'Cần hội đồng, thủ trưởng đánh giá',
    alternative: 'Chỉ cần đạt một trong các tiêu chuẩn cùng nhóm',
    unconfirmed: 'Chưa được xác nhận trong văn bản',
    ruleSet: (id: string) => `Bộ tiêu chuẩn áp dụng: ${id}`,
    noRuleSet: 'Không có bộ tiêu chuẩn áp dụng',
    candidatesMeta: (unit: string, award: string, year: number, evaluated: string, total: string) =>
      `${unit} · ${award} năm ${year} · đã xét ${evaluated} người, ${total} người đủ điều kiện hoặc chỉ còn chờ đánh giá`,
    criteriaUnknown:
      'Văn bản chưa quy định tiêu chuẩn tính được cho hình thức này: không thể gợi ý, mọi đề nghị cần xem xét.',
    noCandidates: 'Không có ai trong đơn vị đạt các tiêu chuẩn tính được của hình thức này.',
    columns: { person: 'Họ và tên', unit: 'Đơn vị', verdict: 'Kết quả', pending: 'Còn chờ đánh giá' },
    openCheck: 'Xem căn cứ',
    group: (n: number) => `nhóm ${n}`,
    outcomes: { met: 'Đạt', not_met: 'Chưa đạt', review: 'Cần xem xét', skipped: 'Không áp dụng' },
    memberPanel: 'Kiểm tra điều kiện',
  },
};
