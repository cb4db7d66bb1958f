// Known accounts of the test template (the demo data plus an administrator on the root).
import { DEMO_PASSWORD } from '../db/seed/demo-tree.ts';

export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' } as const;

export const accounts = {
  admin: TEST_ADMIN,
  sectorAdmin: { username: 'quantri', password: DEMO_PASSWORD },
  hanoiOfficer: { username: 'canbo.hanoi', password: DEMO_PASSWORD },
  bachMaiOfficer: { username: 'canbo.bachmai', password: DEMO_PASSWORD },
  emulationOfficer: { username: 'thidua', password: DEMO_PASSWORD },
  councilMember: { username: 'hoidong', password: DEMO_PASSWORD },
  member: { username: 'doanvien', password: DEMO_PASSWORD },
} as const;
