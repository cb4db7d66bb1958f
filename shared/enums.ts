// Enumerations the API and the screens share, each with its Vietnamese and English label.

export const unitKinds = [
  'confederation',
  'national_sector_union',
  'provincial_federation',
  'provincial_sector_union',
  'grassroots_union',
  'union_section',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export const unitKindLabels: Record<UnitKind, { vi: string; en: string }> = {
  confederation: { vi: 'Tổng Liên đoàn Lao động Việt Nam', en: 'Confederation' },
  national_sector_union: { vi: 'Công đoàn ngành trung ương', en: 'National sector union' },
  provincial_federation: { vi: 'Liên đoàn Lao động tỉnh, thành phố', en: 'Provincial federation' },
  provincial_sector_union: { vi: 'Công đoàn ngành Y tế tỉnh, thành phố', en: 'Provincial sector union' },
  grassroots_union: { vi: 'Công đoàn cơ sở', en: 'Grassroots union' },
  union_section: { vi: 'Công đoàn bộ phận, tổ công đoàn', en: 'Union section / group' },
};

/** Which kinds may sit directly under which: the rule that stops a grassroots union under a section. */
export const allowedChildKinds: Record<UnitKind, readonly UnitKind[]> = {
  confederation: ['national_sector_union', 'provincial_federation'],
  national_sector_union: ['provincial_sector_union', 'grassroots_union'],
  provincial_federation: ['provincial_sector_union', 'grassroots_union'],
  provincial_sector_union: ['grassroots_union'],
  grassroots_union: ['union_section'],
  union_section: ['union_section'],
};

export const sectors = ['public', 'non_public'] as const;
export type Sector = (typeof sectors)[number];
export const sectorLabels: Record<Sector, { vi: string; en: string }> = {
  public: { vi: 'Công lập', en: 'Public' },
  non_public: { vi: 'Ngoài công lập', en: 'Non-public' },
};

export const unitStatuses = ['active', 'merged', 'split', 'dissolved'] as const;
export type UnitStatus = (typeof unitStatuses)[number];
export const unitStatusLabels: Record<UnitStatus, { vi: string; en: string }> = {
  active: { vi: 'Đang hoạt động', en: 'Active' },
  merged: { vi: 'Đã sáp nhập', en: 'Merged' },
  split: { vi: 'Đã chia tách', en: 'Split' },
  dissolved: { vi: 'Đã giải thể', en: 'Dissolved' },
};

export const roles = ['admin', 'union_officer', 'emulation_officer', 'council_member', 'member'] as const;
export type Role = (typeof roles)[number];
export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  union_officer: { vi: 'Cán bộ công đoàn', en: 'Union officer' },
  emulation_officer: { vi: 'Cán bộ thi đua', en: 'Emulation officer' },
  council_member: { vi: 'Thành viên Hội đồng thi đua, khen thưởng', en: 'Council member' },
  member: { vi: 'Đoàn viên', en: 'Member' },
};
