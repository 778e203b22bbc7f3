/**
 * The route and navigation table of the admin app. A feature lives in `src/features/<domain>/`;
 * adding it means adding its page here: one line, with its address from `paths.ts`, who may open
 * it, and (for pages in the menu) its label.
 */
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AssessmentListPage } from '../features/assessments/AssessmentListPage';
import { AssessmentOfUnitPage } from '../features/assessments/AssessmentOfUnitPage';
import { AssessmentPage } from '../features/assessments/AssessmentPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { ClarificationPage } from '../features/clarifications/ClarificationPage';
import { ClarificationsInboxPage } from '../features/clarifications/ClarificationsInboxPage';
import { CreateCyclePage } from '../features/cycles/CreateCyclePage';
import { CycleDashboardPage } from '../features/cycles/CycleDashboardPage';
import { CycleLayout } from '../features/cycles/CycleLayout';
import { ScheduleEditorPage } from '../features/cycles/ScheduleEditorPage';
import { FeedbackPage } from '../features/feedback/FeedbackPage';
import { InstitutionFeedbackPage } from '../features/feedback/InstitutionFeedbackPage';
import { HistoricalResultsPage } from '../features/history/HistoricalResultsPage';
import { MethodologyEditorPage } from '../features/methodology/MethodologyEditorPage';
import { PublicationPage } from '../features/publication/PublicationPage';
import { ImportRegistryPage } from '../features/registry/ImportRegistryPage';
import { InstitutionPage } from '../features/registry/InstitutionPage';
import { RegistryPage } from '../features/registry/RegistryPage';
import { SamplingPage } from '../features/sampling/SamplingPage';
import { ForgotPasswordPage } from '../features/session/ForgotPasswordPage';
import { RequireStaff } from '../features/session/RequireStaff';
import { adminOnly, type StaffRole } from '../features/session/roles';
import { SetPasswordPage } from '../features/session/SetPasswordPage';
import { SignInPage } from '../features/session/SignInPage';
import { OutboxPage } from '../features/users/OutboxPage';
import { UsersPage } from '../features/users/UsersPage';
import { VerificationPage } from '../features/verification/VerificationPage';
import { VerificationQueuePage } from '../features/verification/VerificationQueuePage';
import { verifierRoles } from '../features/verification/roles';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { cycleSegments, paths } from './paths';

/** A menu label in both languages. */
export interface NavLabel {
  id: string;
  en: string;
}

export interface StaffPage {
  /** As in paths.ts: from the app's root, or for a cycle's page its segment below the cycle. */
  path: string;
  element: ReactNode;
  /** Who may open it; every staff role when omitted. */
  roles?: readonly StaffRole[];
  /** Its entry in the menu; pages without one are reached from other pages. */
  nav?: NavLabel;
}

/** The pages of signed-in staff, in menu order. */
export const staffPages: readonly StaffPage[] = [
  { path: paths.home, element: <HomePage />, nav: { id: 'Ringkasan', en: 'Overview' } },
  { path: paths.newCycle, element: <CreateCyclePage />, roles: adminOnly },
  { path: paths.registry, element: <RegistryPage />, nav: { id: 'Registri', en: 'Registry' } },
  { path: paths.registryImport, element: <ImportRegistryPage />, roles: adminOnly },
  { path: paths.institution(':institutionId'), element: <InstitutionPage /> },
  { path: paths.historicalResults, element: <HistoricalResultsPage />, roles: adminOnly, nav: { id: 'Hasil historis', en: 'Past results' } },
  { path: paths.users, element: <UsersPage />, roles: adminOnly, nav: { id: 'Pengguna', en: 'Users' } },
  { path: paths.outbox, element: <OutboxPage />, roles: adminOnly, nav: { id: 'Kotak keluar', en: 'Outbox' } },
  { path: paths.audit, element: <AuditLogPage />, roles: adminOnly, nav: { id: 'Jejak audit', en: 'Audit log' } },
];

/** The pages of one cycle (`/siklus/:cycleKey/<segment>`), in the order of the cycle's own menu. */
export const cyclePages: readonly StaffPage[] = [
  { path: cycleSegments.dashboard, element: <CycleDashboardPage />, nav: { id: 'Dasbor', en: 'Dashboard' } },
  { path: cycleSegments.methodology, element: <MethodologyEditorPage />, nav: { id: 'Metodologi', en: 'Methodology' } },
  { path: cycleSegments.schedule, element: <ScheduleEditorPage />, roles: adminOnly, nav: { id: 'Jadwal', en: 'Schedule' } },
  { path: cycleSegments.sampling, element: <SamplingPage />, nav: { id: 'Sampel', en: 'Sample' } },
  { path: cycleSegments.assessments, element: <AssessmentListPage />, nav: { id: 'Penilaian', en: 'Assessments' } },
  { path: cycleSegments.assessment, element: <AssessmentPage /> },
  { path: cycleSegments.assessmentOfUnit, element: <AssessmentOfUnitPage /> },
  { path: cycleSegments.verification, element: <VerificationQueuePage />, roles: verifierRoles, nav: { id: 'Verifikasi', en: 'Verification' } },
  { path: cycleSegments.verificationItem, element: <VerificationPage />, roles: verifierRoles },
  { path: cycleSegments.clarifications, element: <ClarificationsInboxPage />, nav: { id: 'Klarifikasi', en: 'Clarifications' } },
  { path: cycleSegments.clarification, element: <ClarificationPage /> },
  { path: cycleSegments.feedback, element: <FeedbackPage />, nav: { id: 'Rapor', en: 'Report cards' } },
  { path: cycleSegments.institutionFeedback, element: <InstitutionFeedbackPage /> },
  { path: cycleSegments.publication, element: <PublicationPage />, roles: adminOnly, nav: { id: 'Publikasi', en: 'Publication' } },
];

/** Pages anyone may open: signing in, and the links the platform mails. */
const publicPages: readonly StaffPage[] = [
  { path: paths.signIn, element: <SignInPage /> },
  { path: paths.forgotPassword, element: <ForgotPasswordPage /> },
  { path: paths.invitation, element: <SetPasswordPage kind="invitation" /> },
  { path: paths.passwordReset, element: <SetPasswordPage kind="reset" /> },
];

export const navigation = staffPages.filter((page) => page.nav);
export const cycleNavigation = cyclePages.filter((page) => page.nav);

const guarded = (page: StaffPage) => (page.roles ? <RequireStaff roles={page.roles}>{page.element}</RequireStaff> : page.element);

export function AppRoutes() {
  return (
    <Routes>
      {publicPages.map((page) => (
        <Route key={page.path} path={page.path} element={page.element} />
      ))}
      <Route element={<RequireStaff />}>
        {staffPages.map((page) => (
          <Route key={page.path} path={page.path} element={guarded(page)} />
        ))}
        <Route path="siklus/:cycleKey" element={<CycleLayout navigation={cycleNavigation} />}>
          {cyclePages.map((page) =>
            page.path ? <Route key={page.path} path={page.path} element={guarded(page)} /> : <Route key="index" index element={guarded(page)} />,
          )}
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
