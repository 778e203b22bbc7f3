/**
 * The route and navigation table of the admin app. A feature lives in `src/features/<domain>/`;
 * adding it means adding its page here: one line, with its address from `paths.ts`, who may open
 * it, and (for pages in the menu) its label.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadingState } from '@patuh/ui';
import { Route, Routes } from 'react-router';
import { CycleLayout } from '../features/cycles/CycleLayout';
import { RequireStaff } from '../features/session/RequireStaff';
import { adminOnly, type StaffRole } from '../features/session/roles';
import { verifierRoles } from '../features/verification/roles';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { cycleSegments, paths } from './paths';

/**
 * Each page is its own chunk, loaded when it is first opened: staff rarely open most of them in a
 * visit, and the first page (sign-in, the overview) then arrives without the editors and tables of
 * every other one.
 */
function pageOf<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  // lazy() wants a default export of any props; the page keeps its own props' type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> })) as Module[Name];
}

const AssessmentListPage = pageOf(() => import('../features/assessments/AssessmentListPage'), 'AssessmentListPage');
const AssessmentOfUnitPage = pageOf(() => import('../features/assessments/AssessmentOfUnitPage'), 'AssessmentOfUnitPage');
const AssessmentPage = pageOf(() => import('../features/assessments/AssessmentPage'), 'AssessmentPage');
const AuditLogPage = pageOf(() => import('../features/audit/AuditLogPage'), 'AuditLogPage');
const ClarificationPage = pageOf(() => import('../features/clarifications/ClarificationPage'), 'ClarificationPage');
const ClarificationsInboxPage = pageOf(() => import('../features/clarifications/ClarificationsInboxPage'), 'ClarificationsInboxPage');
const CreateCyclePage = pageOf(() => import('../features/cycles/CreateCyclePage'), 'CreateCyclePage');
const CycleDashboardPage = pageOf(() => import('../features/cycles/CycleDashboardPage'), 'CycleDashboardPage');
const ScheduleEditorPage = pageOf(() => import('../features/cycles/ScheduleEditorPage'), 'ScheduleEditorPage');
const FeedbackPage = pageOf(() => import('../features/feedback/FeedbackPage'), 'FeedbackPage');
const InstitutionFeedbackPage = pageOf(() => import('../features/feedback/InstitutionFeedbackPage'), 'InstitutionFeedbackPage');
const HistoricalResultsPage = pageOf(() => import('../features/history/HistoricalResultsPage'), 'HistoricalResultsPage');
const MethodologyEditorPage = pageOf(() => import('../features/methodology/MethodologyEditorPage'), 'MethodologyEditorPage');
const PublicationPage = pageOf(() => import('../features/publication/PublicationPage'), 'PublicationPage');
const ImportRegistryPage = pageOf(() => import('../features/registry/ImportRegistryPage'), 'ImportRegistryPage');
const InstitutionPage = pageOf(() => import('../features/registry/InstitutionPage'), 'InstitutionPage');
const RegistryPage = pageOf(() => import('../features/registry/RegistryPage'), 'RegistryPage');
const SamplingPage = pageOf(() => import('../features/sampling/SamplingPage'), 'SamplingPage');
const ForgotPasswordPage = pageOf(() => import('../features/session/ForgotPasswordPage'), 'ForgotPasswordPage');
const SetPasswordPage = pageOf(() => import('../features/session/SetPasswordPage'), 'SetPasswordPage');
const SignInPage = pageOf(() => import('../features/session/SignInPage'), 'SignInPage');
const OutboxPage = pageOf(() => import('../features/users/OutboxPage'), 'OutboxPage');
const UsersPage = pageOf(() => import('../features/users/UsersPage'), 'UsersPage');
const VerificationPage = pageOf(() => import('../features/verification/VerificationPage'), 'VerificationPage');
const VerificationQueuePage = pageOf(() => import('../features/verification/VerificationQueuePage'), 'VerificationQueuePage');

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

/** Inside the page's place, so the menus stay while its chunk arrives. */
const loaded = (element: ReactNode) => <Suspense fallback={<LoadingState />}>{element}</Suspense>;

export function AppRoutes() {
  return (
    <Routes>
      {publicPages.map((page) => (
        <Route key={page.path} path={page.path} element={loaded(page.element)} />
      ))}
      <Route element={<RequireStaff />}>
        {staffPages.map((page) => (
          <Route key={page.path} path={page.path} element={loaded(guarded(page))} />
        ))}
        <Route path="siklus/:cycleKey" element={<CycleLayout navigation={cycleNavigation} />}>
          {cyclePages.map((page) =>
            page.path ? <Route key={page.path} path={page.path} element={loaded(guarded(page))} /> : <Route key="index" index element={loaded(guarded(page))} />,
          )}
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
