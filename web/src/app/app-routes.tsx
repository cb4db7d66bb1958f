// The route table: one line per screen, the guards around them, pages loaded on demand.
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppLayout } from './app-layout.tsx';
import { HomeRedirect } from './home-redirect.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RequireAuth } from './require-auth.tsx';
import { RequireCapability } from './require-capability.tsx';

const LoginPage = lazy(() => import('../features/auth/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const AccountPage = lazy(() => import('../features/auth/account-page.tsx').then((m) => ({ default: m.AccountPage })));
const UnitsLayout = lazy(() => import('../features/units/units-layout.tsx').then((m) => ({ default: m.UnitsLayout })));
const UnitsIndexPage = lazy(() =>
  import('../features/units/units-index-page.tsx').then((m) => ({ default: m.UnitsIndexPage })),
);
const UnitPage = lazy(() => import('../features/units/unit-page.tsx').then((m) => ({ default: m.UnitPage })));
const MembersPage = lazy(() =>
  import('../features/members/members-page.tsx').then((m) => ({ default: m.MembersPage })),
);
const MemberStatsPage = lazy(() =>
  import('../features/members/member-stats-page.tsx').then((m) => ({ default: m.MemberStatsPage })),
);
const MemberPage = lazy(() => import('../features/members/member-page.tsx').then((m) => ({ default: m.MemberPage })));
const MemberImportPage = lazy(() =>
  import('../features/members/import/member-import-page.tsx').then((m) => ({ default: m.MemberImportPage })),
);
const TargetsPage = lazy(() =>
  import('../features/targets/targets-page.tsx').then((m) => ({ default: m.TargetsPage })),
);
const InitiativesPage = lazy(() =>
  import('../features/initiatives/initiatives-page.tsx').then((m) => ({ default: m.InitiativesPage })),
);
const PerformanceRatingsPage = lazy(() =>
  import('../features/performance-ratings/performance-ratings-page.tsx').then((m) => ({
    default: m.PerformanceRatingsPage,
  })),
);
const EligibilityPage = lazy(() =>
  import('../features/eligibility/eligibility-page.tsx').then((m) => ({ default: m.EligibilityPage })),
);
const CataloguePage = lazy(() =>
  import('../features/awards/catalogue-page.tsx').then((m) => ({ default: m.CataloguePage })),
);
const OwnRecordPage = lazy(() =>
  import('../features/self-service/own-record-page.tsx').then((m) => ({ default: m.OwnRecordPage })),
);
const CorrectionsPage = lazy(() =>
  import('../features/self-service/corrections-page.tsx').then((m) => ({ default: m.CorrectionsPage })),
);
const CardVerifyPage = lazy(() =>
  import('../features/self-service/card-verify-page.tsx').then((m) => ({ default: m.CardVerifyPage })),
);
const MovementsRoutes = lazy(() =>
  import('../features/movements/movements-routes.tsx').then((m) => ({ default: m.MovementsRoutes })),
);
const ScoringRoutes = lazy(() =>
  import('../features/movement-scores/scoring-routes.tsx').then((m) => ({ default: m.ScoringRoutes })),
);
const ProposalsRoutes = lazy(() =>
  import('../features/proposals/proposals-routes.tsx').then((m) => ({ default: m.ProposalsRoutes })),
);
const CouncilRoutes = lazy(() =>
  import('../features/council/council-routes.tsx').then((m) => ({ default: m.CouncilRoutes })),
);
const AwardStatsRoutes = lazy(() =>
  import('../features/award-stats/award-stats-routes.tsx').then((m) => ({ default: m.AwardStatsRoutes })),
);
const AuditPage = lazy(() => import('../features/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../features/users/users-page.tsx').then((m) => ({ default: m.UsersPage })));

/** All the app's addresses. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route element={<RequireCapability capability="viewUnits" />}>
            <Route path="units" element={<UnitsLayout />}>
              <Route index element={<UnitsIndexPage />} />
              <Route path=":unitId" element={<UnitPage />} />
            </Route>
          </Route>
          <Route element={<RequireCapability capability="viewMembers" />}>
            <Route path="members" element={<MembersPage />} />
            <Route path="members/stats" element={<MemberStatsPage />} />
            <Route path="members/:memberId" element={<MemberPage />} />
            <Route element={<RequireCapability capability="manageMembers" />}>
              <Route path="members/import" element={<MemberImportPage />} />
            </Route>
          </Route>
          <Route element={<RequireCapability capability="viewTargets" />}>
            <Route path="targets" element={<TargetsPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewInitiatives" />}>
            <Route path="initiatives" element={<InitiativesPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewPerformanceRatings" />}>
            <Route path="performance-ratings" element={<PerformanceRatingsPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewAwards" />}>
            <Route path="eligibility" element={<EligibilityPage />} />
          </Route>
          <Route element={<RequireCapability capability="viewMovements" />}>
            <Route path="movements/*" element={<MovementsRoutes />} />
            <Route path="scoring/*" element={<ScoringRoutes />} />
          </Route>
          <Route element={<RequireCapability capability="viewProposals" />}>
            <Route path="proposals/*" element={<ProposalsRoutes />} />
            <Route path="council/*" element={<CouncilRoutes />} />
          </Route>
          <Route element={<RequireCapability capability="viewAwards" />}>
            <Route path="award-stats/*" element={<AwardStatsRoutes />} />
          </Route>
          <Route element={<RequireCapability capability="manageCatalogue" />}>
            <Route path="catalogue" element={<CataloguePage />} />
          </Route>
          <Route element={<RequireCapability capability="ownRecord" />}>
            <Route path="me" element={<OwnRecordPage />} />
          </Route>
          <Route element={<RequireCapability capability="reviewCorrections" />}>
            <Route path="corrections" element={<CorrectionsPage />} />
          </Route>
          {/* Where a membership card's QR code leads; the server decides what the user may see. */}
          <Route path="verify/card/:cardNumber" element={<CardVerifyPage />} />
          <Route element={<RequireCapability capability="viewAudit" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route element={<RequireCapability capability="manageUsers" />}>
            <Route path="users" element={<UsersPage />} />
          </Route>
          <Route path="account" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
