// The side menu: only the screens the user's capabilities open, and the account for everyone.
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CheckSquareOutlined,
  EditOutlined,
  FlagOutlined,
  IdcardOutlined,
  OrderedListOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSignedInMe } from '../features/auth/auth.api.ts';
import { CorrectionsMenuLabel } from '../features/self-service/corrections-menu-label.tsx';
import { useI18n } from '../i18n/i18n-context.ts';

/** The navigation between the app's screens. */
export function AppMenu() {
  const { capabilities } = useSignedInMe();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const items: NonNullable<MenuProps['items']> = [];
  if (capabilities.ownRecord)
    items.push({ key: '/me', icon: <SolutionOutlined aria-hidden />, label: t.selfService.menu });
  if (capabilities.viewUnits)
    items.push({ key: '/units', icon: <ApartmentOutlined aria-hidden />, label: t.nav.units });
  if (capabilities.viewMembers) {
    items.push({ key: '/members', icon: <IdcardOutlined aria-hidden />, label: t.nav.members });
    items.push({ key: '/members/stats', icon: <BarChartOutlined aria-hidden />, label: t.members.stats.menu });
  }
  if (capabilities.viewTargets)
    items.push({ key: '/targets', icon: <AimOutlined aria-hidden />, label: t.targets.menu });
  if (capabilities.viewInitiatives)
    items.push({ key: '/initiatives', icon: <BulbOutlined aria-hidden />, label: t.initiatives.menu });
  if (capabilities.viewPerformanceRatings)
    items.push({ key: '/performance-ratings', icon: <StarOutlined aria-hidden />, label: t.performanceRatings.menu });
  if (capabilities.viewMovements) {
    items.push({ key: '/movements', icon: <FlagOutlined aria-hidden />, label: t.movements.menu });
    items.push({ key: '/scoring', icon: <OrderedListOutlined aria-hidden />, label: t.scoring.menu });
  }
  if (capabilities.viewAwards)
    items.push({ key: '/eligibility', icon: <SafetyCertificateOutlined aria-hidden />, label: t.eligibility.menu });
  if (capabilities.viewProposals) {
    items.push({ key: '/proposals', icon: <TrophyOutlined aria-hidden />, label: t.proposals.menu });
    items.push({ key: '/council', icon: <CheckSquareOutlined aria-hidden />, label: t.council.menu });
  }
  if (capabilities.viewAwards)
    items.push({ key: '/award-stats', icon: <PieChartOutlined aria-hidden />, label: t.awardStats.menu });
  if (capabilities.manageCatalogue)
    items.push({ key: '/catalogue', icon: <BookOutlined aria-hidden />, label: t.awards.catalogue.menu });
  if (capabilities.reviewCorrections)
    items.push({ key: '/corrections', icon: <EditOutlined aria-hidden />, label: <CorrectionsMenuLabel /> });
  if (capabilities.viewAudit) items.push({ key: '/audit', icon: <AuditOutlined aria-hidden />, label: t.nav.audit });
  if (capabilities.manageUsers) items.push({ key: '/users', icon: <TeamOutlined aria-hidden />, label: t.nav.users });
  items.push({ key: '/account', icon: <UserOutlined aria-hidden />, label: t.nav.account });

  // The longest key that starts the address wins, so /members/stats is not taken for /members.
  const selected = items
    .map((item) => String(item?.key ?? ''))
    .filter((key) => key && (pathname === key || pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={t.nav.menu}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected ? [selected] : []}
        onClick={({ key }) => navigate(key)}
        className="app-menu"
      />
    </nav>
  );
}
