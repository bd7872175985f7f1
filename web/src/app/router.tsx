// The pages and who may reach them. Pages behind login send an anonymous visitor to /login and bring
// them back afterwards; the public pages (home, directory, notices, guides, rule catalogue, working-day
// calculator, published sanctions, the party's lookup) need no account, and an unknown path shows a 404 page that offers the way home.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth';
import { loadPageTexts } from './i18n';
import { Loading } from './loading';
import { PublicLayout } from './public-layout';

// Every page is its own chunk (issue 10 point 9): a visitor downloads the shell and the page opened,
// not the case pages, charts and forms of every role. Named exports are mapped to the default.
// A page also waits for the words of the screens (loadPageTexts, i18n.tsx); the visitor's home page does
// not need them, and its script stays within the first page's budget.
const page = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  texts: () => Promise<void> = loadPageTexts,
) => lazy(() => Promise.all([load(), texts()]).then(([m]) => ({ default: m[name] })));
const noTexts = () => Promise.resolve();

// The signed-in frame (role menus, user menu, side bar) loads with a signed-in user's first page; a
// visitor's pages have their own lighter frame.
const AppLayout = lazy(() => Promise.all([import('./layout'), loadPageTexts()]).then(([m]) => m));

const LoginPage = page(() => import('../features/auth/login-page'), 'LoginPage');
const HomePage = page(() => import('../features/home/home-page'), 'HomePage');
const PublicHomePage = page(
  () => import('../features/public-home/public-home-page'),
  'PublicHomePage',
  noTexts,
);
const GuidesPage = page(() => import('../features/guides/guides-page'), 'GuidesPage');
const GuidePage = page(() => import('../features/guides/guide-page'), 'GuidePage');
const NotFoundPage = page(() => import('../features/not-found/not-found-page'), 'NotFoundPage');
const InstitutionsPage = page(() => import('../features/institutions/institutions-page'), 'InstitutionsPage');
const InstitutionDetailPage = page(
  () => import('../features/institutions/institution-detail-page'),
  'InstitutionDetailPage',
);
const InstitutionEditPage = page(
  () => import('../features/institutions/institution-edit-page'),
  'InstitutionEditPage',
);
const InstitutionCreatePage = page(
  () => import('../features/institutions/institution-create-page'),
  'InstitutionCreatePage',
);
const WorkingDaysPage = page(() => import('../features/calendar/working-days-page'), 'WorkingDaysPage');
const ApplyPage = page(() => import('../features/cases/apply-page'), 'ApplyPage');
const MyCasesPage = page(() => import('../features/cases/my-cases-page'), 'MyCasesPage');
const QueuePage = page(() => import('../features/cases/queue-page'), 'QueuePage');
const AccountsPage = page(() => import('../features/accounts/accounts-page'), 'AccountsPage');
const AccountSecurityPage = page(
  () => import('../features/accounts/account-security-page'),
  'AccountSecurityPage',
);
const CaseDetailPage = page(() => import('../features/cases/case-detail-page'), 'CaseDetailPage');
const DirectoryPage = page(() => import('../features/directory/directory-page'), 'DirectoryPage');
const DirectoryEntryPage = page(
  () => import('../features/directory/directory-entry-page'),
  'DirectoryEntryPage',
);
const ReviewsPage = page(() => import('../features/review/reviews-page'), 'ReviewsPage');
const PanelPage = page(() => import('../features/review/panel-page'), 'PanelPage');
const PublicNoticesPage = page(
  () => import('../features/public-notices/public-notices-page'),
  'PublicNoticesPage',
);
const PublicNoticeDetailPage = page(
  () => import('../features/public-notices/public-notice-detail-page'),
  'PublicNoticeDetailPage',
);
const RecruitmentCallsPage = page(
  () => import('../features/recruitment-calls/recruitment-calls-page'),
  'RecruitmentCallsPage',
);
const RecruitmentCallDetailPage = page(
  () => import('../features/recruitment-calls/recruitment-call-detail-page'),
  'RecruitmentCallDetailPage',
);
const ApplyToCallPage = page(
  () => import('../features/recruitment-calls/apply-to-call-page'),
  'ApplyToCallPage',
);
const GzSelectionResultsPage = page(
  () => import('../features/gz-selection/selection-results-page'),
  'GzSelectionResultsPage',
);
const DeptPilotMilestonesPage = page(
  () => import('../features/dept-pilot/milestones-page'),
  'DeptPilotMilestonesPage',
);
// The catalogue carries the law's full text and the trial form (default export).
const RulesPage = lazy(() =>
  Promise.all([import('../features/rules/rules-page'), loadPageTexts()]).then(([m]) => m),
);
const FilingsImportPage = page(
  () => import('../features/filings-import/filings-import-page'),
  'FilingsImportPage',
);

const VerifierKeysPage = page(() => import('../features/verifiers/verifier-keys-page'), 'VerifierKeysPage');
const VerifierBatchPage = page(
  () => import('../features/verifiers/verifier-batch-page'),
  'VerifierBatchPage',
);
const VerifierOrganisationsPage = page(
  () => import('../features/verifiers/verifier-organisations-page'),
  'VerifierOrganisationsPage',
);
const CertificateUploadsPage = page(
  () => import('../features/certificate-uploads/certificate-uploads-page'),
  'CertificateUploadsPage',
);
const EvaluationSessionsPage = page(
  () => import('../features/evaluation-sessions/evaluation-sessions-page'),
  'EvaluationSessionsPage',
);
const SessionDetailPage = page(
  () => import('../features/evaluation-sessions/session-detail-page'),
  'SessionDetailPage',
);
const VerifyPage = page(() => import('../features/verify/verify-page'), 'VerifyPage');
const CertificatesPage = page(() => import('../features/certificates/certificates-page'), 'CertificatesPage');
const CertificateDetailPage = page(
  () => import('../features/certificates/certificate-detail-page'),
  'CertificateDetailPage',
);
const EvaluationBansPage = page(
  () => import('../features/candidates/evaluation-bans-page'),
  'EvaluationBansPage',
);
const StudentRegisterPage = page(
  () => import('../features/candidates/student-register-page'),
  'StudentRegisterPage',
);
const StaffSanctionsPage = page(
  () => import('../features/session-staff/staff-sanctions-page'),
  'StaffSanctionsPage',
);
const ViolationsPage = page(() => import('../features/violations/violations-page'), 'ViolationsPage');
const ProgrammeOperationsPage = page(
  () => import('../features/supervision/operations-page'),
  'ProgrammeOperationsPage',
);
const SupervisionGroundsPage = page(
  () => import('../features/supervision/grounds-page'),
  'SupervisionGroundsPage',
);
const RatingsPage = page(() => import('../features/supervision/ratings-page'), 'RatingsPage');
const DashboardPage = page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
// Issue 14 points 2 and 6: the lead ledger, response requests, rectification orders; public complaints.
const LeadsPage = page(() => import('../features/leads/leads-page'), 'LeadsPage');
const LeadPage = page(() => import('../features/leads/lead-page'), 'LeadPage');
const ResponseRequestsPage = page(
  () => import('../features/leads/response-requests-page'),
  'ResponseRequestsPage',
);
const ComplaintPage = page(() => import('../features/leads/complaint-page'), 'ComplaintPage');
const ComplaintTrackPage = page(() => import('../features/leads/complaint-track-page'), 'ComplaintTrackPage');
const RectificationsPage = page(
  () => import('../features/rectifications/rectifications-page'),
  'RectificationsPage',
);
const RectificationPage = page(
  () => import('../features/rectifications/rectification-page'),
  'RectificationPage',
);
const SanctionsPage = page(() => import('../features/violations/sanctions-page'), 'SanctionsPage');
const ExitNoticesPage = page(() => import('../features/exits/exit-notices-page'), 'ExitNoticesPage');
const ReentryBarsPage = page(() => import('../features/exits/reentry-bars-page'), 'ReentryBarsPage');
// Issue 15 point 1: a renewal's counts per occupation, and the authority's list of renewals due.
const RenewalCountsPage = page(
  () => import('../features/gz-renewal/renewal-counts-page'),
  'RenewalCountsPage',
);
const RenewalsDuePage = page(() => import('../features/gz-renewal/renewals-due-page'), 'RenewalsDuePage');
// Issue 15 point 6: an institution's exits and wrap-up list; an authority's exits with waivers and completion.
const WrapUpPage = page(() => import('../features/wrap-up/wrap-up-page'), 'WrapUpPage');
const InstitutionExitsPage = page(() => import('../features/wrap-up/exits-page'), 'InstitutionExitsPage');
const InstitutionExitPage = page(() => import('../features/wrap-up/exit-page'), 'InstitutionExitPage');
const PartyPage = page(() => import('../features/violations/party-page'), 'PartyPage');
const DrawPage = page(() => import('../features/inspections/draw-page'), 'DrawPage');
const PublicInspectionsPage = page(
  () => import('../features/inspections/public-results-page'),
  'PublicInspectionsPage',
);
const InspectionRoundsPage = page(
  () => import('../features/inspections/rounds-page'),
  'InspectionRoundsPage',
);
const InspectionRoundPage = page(() => import('../features/inspections/round-page'), 'InspectionRoundPage');
const OccupationStandardsPage = page(
  () => import('../features/reference/occupation-standards-page'),
  'OccupationStandardsPage',
);

export interface LoginRedirectState {
  from?: string;
  expired?: boolean;
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const redirect: LoginRedirectState = {
      from: location.pathname + location.search,
      expired: state.expired,
    };
    return <Navigate to="/login" replace state={redirect} />;
  }
  // A temporary password (new account, administrator's reset) is changed before anything else.
  if (state.user.mustChangePassword && location.pathname !== '/account') {
    return <Navigate to="/account" replace />;
  }
  return <>{children}</>;
}

function WaitForSession({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  return state.status === 'loading' ? <Loading /> : <>{children}</>;
}

/** The frame of the pages anyone may open: the signed-in user's, or the visitor's. */
function AnyoneFrame() {
  const { user } = useAuth();
  return user ? <SignedInFrame /> : <PublicLayout />;
}

function SignedInFrame() {
  return (
    <Suspense fallback={<Loading />}>
      <AppLayout />
    </Suspense>
  );
}

/** 首页: a signed-in user's own start page; for the public, the front door (what SkillReg is, where to go). */
function HomeForVisitor() {
  const { user, state } = useAuth();
  // A temporary password is changed first (RequireAuth does the same for every other signed-in page).
  if (user?.mustChangePassword) return <Navigate to="/account" replace />;
  // A session that ended while its home page was open: say so and offer the login, rather than turn the
  // user's start page silently into the public one.
  if (state.status === 'anonymous' && state.expired) {
    const redirect: LoginRedirectState = { from: '/', expired: true };
    return <Navigate to="/login" replace state={redirect} />;
  }
  return user ? <HomePage /> : <PublicHomePage />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <WaitForSession>
            <Suspense fallback={<Loading />}>
              <LoginPage />
            </Suspense>
          </WaitForSession>
        }
      />
      <Route
        element={
          <WaitForSession>
            <AnyoneFrame />
          </WaitForSession>
        }
      >
        <Route path="/rules" element={<RulesPage />} />
        <Route index element={<HomeForVisitor />} />
        <Route path="/guides" element={<GuidesPage />} />
        <Route path="/guides/:procedure" element={<GuidePage />} />
        <Route path="/working-days" element={<WorkingDaysPage />} />
        <Route path="/verify" element={<VerifyPage />} />
        <Route path="/directory" element={<DirectoryPage />} />
        <Route path="/directory/:id" element={<DirectoryEntryPage />} />
        <Route path="/public-notices" element={<PublicNoticesPage />} />
        <Route path="/public-notices/:id" element={<PublicNoticeDetailPage />} />
        <Route path="/recruitment-calls" element={<RecruitmentCallsPage />} />
        <Route path="/recruitment-calls/:id" element={<RecruitmentCallDetailPage />} />
        <Route path="/sanctions" element={<SanctionsPage />} />
        <Route path="/exits" element={<ExitNoticesPage />} />
        <Route path="/party" element={<PartyPage />} />
        <Route path="/complaint" element={<ComplaintPage />} />
        <Route path="/complaint/track" element={<ComplaintTrackPage />} />
        <Route path="/draws/:id" element={<DrawPage />} />
        <Route path="/inspection-results" element={<PublicInspectionsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <SignedInFrame />
          </RequireAuth>
        }
      >
        <Route path="/institutions" element={<InstitutionsPage />} />
        <Route path="/institutions/new" element={<InstitutionCreatePage />} />
        <Route path="/institutions/:id" element={<InstitutionDetailPage />} />
        <Route path="/institutions/:id/edit" element={<InstitutionEditPage />} />
        <Route path="/apply" element={<ApplyPage />} />
        <Route path="/cases" element={<MyCasesPage />} />
        <Route path="/cases/:id" element={<CaseDetailPage />} />
        <Route path="/queue" element={<QueuePage />} />
        <Route path="/account" element={<AccountSecurityPage />} />
        <Route path="/accounts" element={<AccountsPage />} />
        <Route path="/recruitment-calls/:id/apply" element={<ApplyToCallPage />} />
        <Route path="/reviews" element={<ReviewsPage />} />
        <Route path="/reviews/:caseId" element={<PanelPage />} />
        <Route path="/gz-selection/cases/:id/results" element={<GzSelectionResultsPage />} />
        <Route path="/dept-pilot/cases/:id/milestones" element={<DeptPilotMilestonesPage />} />
        <Route path="/filings-import" element={<FilingsImportPage />} />
        <Route path="/evaluation-sessions" element={<EvaluationSessionsPage />} />
        <Route path="/certificate-uploads" element={<CertificateUploadsPage />} />
        <Route path="/verifier/keys" element={<VerifierKeysPage />} />
        <Route path="/verifier/batch" element={<VerifierBatchPage />} />
        <Route path="/verifier-organisations" element={<VerifierOrganisationsPage />} />
        <Route path="/evaluation-sessions/:id" element={<SessionDetailPage />} />
        <Route path="/evaluation-bans" element={<EvaluationBansPage />} />
        <Route path="/certificates" element={<CertificatesPage />} />
        <Route path="/certificates/:id" element={<CertificateDetailPage />} />
        <Route path="/school-students" element={<StudentRegisterPage />} />
        <Route path="/staff-sanctions" element={<StaffSanctionsPage />} />
        <Route path="/occupation-standards" element={<OccupationStandardsPage />} />
        <Route path="/violations" element={<ViolationsPage />} />
        <Route path="/inspection-rounds" element={<InspectionRoundsPage />} />
        <Route path="/inspection-rounds/:id" element={<InspectionRoundPage />} />
        <Route path="/programme-operations" element={<ProgrammeOperationsPage />} />
        <Route path="/supervision-grounds" element={<SupervisionGroundsPage />} />
        <Route path="/ratings" element={<RatingsPage />} />
        <Route path="/dashboard" element={<DashboardPage />} />
        <Route path="/leads" element={<LeadsPage />} />
        <Route path="/leads/:id" element={<LeadPage />} />
        <Route path="/response-requests" element={<ResponseRequestsPage />} />
        <Route path="/rectifications" element={<RectificationsPage />} />
        <Route path="/rectifications/:id" element={<RectificationPage />} />
        <Route path="/reentry-bars" element={<ReentryBarsPage />} />
        <Route path="/gz-renewal/cases/:id/counts" element={<RenewalCountsPage />} />
        <Route path="/gz-renewal/due" element={<RenewalsDuePage />} />
        <Route path="/wrap-up" element={<WrapUpPage />} />
        <Route path="/institution-exits" element={<InstitutionExitsPage />} />
        <Route path="/institution-exits/:id" element={<InstitutionExitPage />} />
      </Route>
    </Routes>
  );
}
