import { useQuery } from '@apollo/client/react';
import { AdminCycleClarificationCountsDocument, CycleOverviewDocument, CycleProgressByProvinceDocument } from '@patuh/graphql';
import { defineMessages, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { cycleSegments, paths } from '../../routes/paths';
import { useViewer } from '../session/useViewer';
import { ProgressTable } from './ProgressTable';
import { StageMoves } from './StageMoves';
import { StageSchedule } from './StageSchedule';
import { useCycleId } from './CycleLayout';

const messages = defineMessages(
  {
    documentTitle: 'Dasbor siklus {year} — Patuh Admin',
    heading: 'Dasbor siklus {year}',
    summary: 'Ringkasan nasional',
    units: 'Unit sampel',
    draft: 'Penilaian draf',
    submitted: 'Diajukan, menunggu verifikasi',
    returned: 'Dikembalikan ke penilai',
    verified: 'Terverifikasi',
    openClarifications: 'Klarifikasi terbuka',
    answeredClarifications: 'Klarifikasi menunggu keputusan',
    unavailable: 'tidak tersedia',
    schedule: 'Jadwal',
    editSchedule: 'Ubah jadwal tahap',
    methodology: 'Metodologi',
    methodologyVersion: 'Versi {version}, disimpan {date}.',
    methodologyPreset: 'Berasal dari preset {preset}.',
    valid: 'Lolos validasi.',
    invalid: 'Belum lolos validasi: perbaiki sebelum pengumpulan data.',
    noMethodology: 'Siklus ini belum memiliki metodologi.',
    openMethodology: 'Buka metodologi',
    progress: 'Kemajuan per provinsi',
  },
  {
    documentTitle: 'Cycle {year} dashboard — Patuh Admin',
    heading: 'Cycle {year} dashboard',
    summary: 'National summary',
    units: 'Units sampled',
    draft: 'Assessments in draft',
    submitted: 'Submitted, awaiting verification',
    returned: 'Returned to the assessor',
    verified: 'Verified',
    openClarifications: 'Open clarifications',
    answeredClarifications: 'Clarifications awaiting a decision',
    unavailable: 'not available',
    schedule: 'Schedule',
    editSchedule: 'Edit the stage schedule',
    methodology: 'Methodology',
    methodologyVersion: 'Version {version}, saved {date}.',
    methodologyPreset: 'Started from the {preset} preset.',
    valid: 'Passes validation.',
    invalid: 'Does not pass validation yet: fix it before data collection.',
    noMethodology: 'This cycle has no methodology yet.',
    openMethodology: 'Open the methodology',
    progress: 'Progress by province',
  },
);

/** A cycle at a glance: its stage and deadlines, the moves it can make, and how far the work has come. */
export function CycleDashboardPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const cycleId = useCycleId();
  const { viewer } = useViewer();
  const isAdmin = viewer?.role === 'ADMIN';
  const overview = useQuery(CycleOverviewDocument, { variables: { id: cycleId } });
  const progress = useQuery(CycleProgressByProvinceDocument, { variables: { id: cycleId } });
  const clarifications = useQuery(AdminCycleClarificationCountsDocument, { variables: { cycleId } });
  const cycle = overview.data?.cycle;
  useDocumentTitle(t('documentTitle', { year: cycle?.year ?? '' }));

  if (!cycle) {
    if (overview.loading) return <LoadingState />;
    return <ErrorState onRetry={() => void overview.refetch().catch(() => undefined)} />;
  }
  const national = progress.data?.cycle?.progress;
  const clarificationCount = (count: number | undefined) => (count === undefined ? <span className="muted">{t('unavailable')}</span> : t.formatNumber(count));

  return (
    <>
      <h1>{t('heading', { year: cycle.year })}</h1>

      <section className="page-section" aria-labelledby="cycle-summary-heading">
        <h2 id="cycle-summary-heading">{t('summary')}</h2>
        {national ? (
          <dl className="stat-list">
            <Stat label={t('units')} value={t.formatNumber(national.unitCount)} to={national.unitCount > 0 ? paths.cycleAssessments(cycle.id) : null} />
            <Stat label={t('draft')} value={t.formatNumber(national.assessments.draft)} to={paths.cycleAssessments(cycle.id, { status: 'DRAFT' })} />
            <Stat label={t('submitted')} value={t.formatNumber(national.assessments.submitted)} to={paths.cycleAssessments(cycle.id, { status: 'SUBMITTED' })} />
            <Stat label={t('returned')} value={t.formatNumber(national.assessments.returned)} to={paths.cycleAssessments(cycle.id, { status: 'RETURNED' })} />
            <Stat label={t('verified')} value={t.formatNumber(national.assessments.verified)} to={paths.cycleAssessments(cycle.id, { status: 'VERIFIED' })} />
            <Stat
              label={t('openClarifications')}
              value={clarificationCount(clarifications.data?.open.totalCount)}
              to={clarifications.data ? paths.cycleClarifications(cycle.id, { status: 'OPEN' }) : null}
            />
            <Stat
              label={t('answeredClarifications')}
              value={clarificationCount(clarifications.data?.answered.totalCount)}
              to={clarifications.data ? paths.cycleClarifications(cycle.id, { status: 'ANSWERED' }) : null}
            />
          </dl>
        ) : progress.loading ? (
          <LoadingState />
        ) : (
          <ErrorState onRetry={() => void progress.refetch().catch(() => undefined)} />
        )}
      </section>

      <section className="page-section" aria-labelledby="cycle-schedule-heading">
        <h2 id="cycle-schedule-heading">{t('schedule')}</h2>
        <StageSchedule stages={cycle.stages} current={cycle.stage} />
        {isAdmin ? (
          <p>
            <Link to={paths.cycle(cycle.id, cycleSegments.schedule)}>{t('editSchedule')}</Link>
          </p>
        ) : null}
      </section>

      <StageMoves cycle={cycle} canMove={isAdmin} />

      <section className="page-section" aria-labelledby="cycle-methodology-heading">
        <h2 id="cycle-methodology-heading">{t('methodology')}</h2>
        {cycle.methodology ? (
          <>
            <p>
              {t('methodologyVersion', { version: cycle.methodology.version, date: formatDateTime(cycle.methodology.createdAt, locale) })}{' '}
              {cycle.methodology.presetId ? t('methodologyPreset', { preset: cycle.methodology.presetId }) : null}{' '}
              {t(cycle.methodology.valid ? 'valid' : 'invalid')}
            </p>
            <p>
              <Link to={paths.cycle(cycle.id, cycleSegments.methodology)}>{t('openMethodology')}</Link>
            </p>
          </>
        ) : (
          <p>{t('noMethodology')}</p>
        )}
      </section>

      <section className="page-section" aria-labelledby="cycle-progress-heading">
        <h2 id="cycle-progress-heading">{t('progress')}</h2>
        {national ? <ProgressTable cycleId={cycle.id} progress={national} /> : progress.loading ? <LoadingState /> : null}
      </section>
    </>
  );
}

function Stat({ label, value, to }: { label: string; value: ReactNode; to: string | null }) {
  return (
    <div className="stat-list__item">
      <dt className="stat-list__label">{label}</dt>
      <dd className="stat-list__value">{to ? <Link to={to}>{value}</Link> : value}</dd>
    </div>
  );
}
