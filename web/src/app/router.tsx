// The pages and who may reach them. Pages behind login send an anonymous visitor to /login and bring
// them back afterwards; the rule catalogue and the working-day calculator are public (so is their API).
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth';
import { AppLayout } from './layout';
import { LoginPage } from '../features/auth/login-page';
import { HomePage } from '../features/home/home-page';
import { InstitutionsPage } from '../features/institutions/institutions-page';
import { InstitutionDetailPage } from '../features/institutions/institution-detail-page';
import { InstitutionEditPage } from '../features/institutions/institution-edit-page';
import { InstitutionCreatePage } from '../features/institutions/institution-create-page';
import { WorkingDaysPage } from '../features/calendar/working-days-page';
import { NotFoundPage } from '../features/common/not-found-page';
import { ApplyPage } from '../features/cases/apply-page';
import { MyCasesPage } from '../features/cases/my-cases-page';
import { QueuePage } from '../features/cases/queue-page';
import { CaseDetailPage } from '../features/cases/case-detail-page';
import { DirectoryPage } from '../features/directory/directory-page';
import { ReviewsPage } from '../features/review/reviews-page';
import { PanelPage } from '../features/review/panel-page';
import { PublicNoticesPage } from '../features/public-notices/public-notices-page';
import { PublicNoticeDetailPage } from '../features/public-notices/public-notice-detail-page';
import { RecruitmentCallsPage } from '../features/recruitment-calls/recruitment-calls-page';
import { RecruitmentCallDetailPage } from '../features/recruitment-calls/recruitment-call-detail-page';
import { ApplyToCallPage } from '../features/recruitment-calls/apply-to-call-page';
import { GzSelectionResultsPage } from '../features/gz-selection/selection-results-page';
import { DeptPilotMilestonesPage } from '../features/dept-pilot/milestones-page';

// The catalogue carries the law's full text and the trial form: loaded when first opened.
const RulesPage = lazy(() => import('../features/rules/rules-page'));

export interface LoginRedirectState {
  from?: string;
  expired?: boolean;
}

function Loading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 80 }}>
      <Spin size="large" />
    </div>
  );
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
  return <>{children}</>;
}

function WaitForSession({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  return state.status === 'loading' ? <Loading /> : <>{children}</>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <WaitForSession>
            <LoginPage />
          </WaitForSession>
        }
      />
      <Route
        element={
          <WaitForSession>
            <AppLayout />
          </WaitForSession>
        }
      >
        <Route
          path="/rules"
          element={
            <Suspense fallback={<Loading />}>
              <RulesPage />
            </Suspense>
          }
        />
        <Route path="/working-days" element={<WorkingDaysPage />} />
        <Route path="/directory" element={<DirectoryPage />} />
        <Route path="/public-notices" element={<PublicNoticesPage />} />
        <Route path="/public-notices/:id" element={<PublicNoticeDetailPage />} />
        <Route path="/recruitment-calls" element={<RecruitmentCallsPage />} />
        <Route path="/recruitment-calls/:id" element={<RecruitmentCallDetailPage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="/institutions" element={<InstitutionsPage />} />
        <Route path="/institutions/new" element={<InstitutionCreatePage />} />
        <Route path="/institutions/:id" element={<InstitutionDetailPage />} />
        <Route path="/institutions/:id/edit" element={<InstitutionEditPage />} />
        <Route path="/apply" element={<ApplyPage />} />
        <Route path="/cases" element={<MyCasesPage />} />
        <Route path="/cases/:id" element={<CaseDetailPage />} />
        <Route path="/queue" element={<QueuePage />} />
        <Route path="/recruitment-calls/:id/apply" element={<ApplyToCallPage />} />
        <Route path="/reviews" element={<ReviewsPage />} />
        <Route path="/reviews/:caseId" element={<PanelPage />} />
        <Route path="/gz-selection/cases/:id/results" element={<GzSelectionResultsPage />} />
        <Route path="/dept-pilot/cases/:id/milestones" element={<DeptPilotMilestonesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
