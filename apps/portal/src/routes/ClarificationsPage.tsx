import { useQuery } from '@apollo/client/react';
import { CycleByYearDocument, CyclesDocument, PortalClarificationMethodDocument } from '@patuh/graphql';
import { CycleStageTag, EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useNavigate, useSearchParams } from 'react-router';
import { readApiError } from '../features/api/errors';
import { ClarificationList } from '../features/clarification/ClarificationList';
import { RaiseClarificationForm } from '../features/clarification/RaiseClarificationForm';
import { clarificationPhase } from '../features/clarification/stages';
import { YearSelect } from '../features/cycles/YearSelect';
import { formatDate } from '../features/format/numbers';
import { usePageMeta } from '../features/page/usePageMeta';
import { NotAllowed } from '../features/session/NotAllowed';
import { NoBodyOfYourOwn, SignInRequired } from '../features/session/SignInRequired';
import { useViewer } from '../features/session/useViewer';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Klarifikasi — Patuh',
    description: 'Ajukan dan ikuti klarifikasi atas temuan sementara penilaian instansi Anda.',
    heading: 'Klarifikasi',
    intro:
      'Selama tahap klarifikasi, instansi Anda dapat memeriksa temuan sementara unit-unitnya dan meminta koreksi atas temuan yang keliru secara faktual, dengan bukti. Ombudsman menjawab dan memutuskan setiap permintaan sebelum hasil ditetapkan.',
    cycle: 'Siklus {year}',
    stageNow: 'Tahap sekarang:',
    notYet: 'Tahap klarifikasi siklus {year} belum dibuka, sehingga belum ada klarifikasi yang dapat diajukan.',
    scheduled: 'Tahap klarifikasi dijadwalkan {from} sampai {to}.',
    scheduledOpenEnded: 'Tahap klarifikasi dijadwalkan mulai {from}.',
    notScheduled: 'Jadwal tahap klarifikasi belum ditetapkan.',
    closed: 'Tahap klarifikasi siklus {year} sudah ditutup: klarifikasi di bawah ini dapat dibaca, tetapi tidak ada yang dapat diajukan lagi.',
    list: 'Klarifikasi instansi Anda',
    noCycles: 'Belum ada siklus penilaian.',
  },
  {
    documentTitle: 'Clarifications — Patuh',
    description: "Raise and follow clarifications on the draft findings of your body's assessment.",
    heading: 'Clarifications',
    intro:
      "During the clarification stage your body can check its units' draft findings and ask for a correction of a factually wrong one, with evidence. The Ombudsman answers and decides on every request before the results are fixed.",
    cycle: 'Cycle {year}',
    stageNow: 'Stage now:',
    notYet: 'The clarification stage of the {year} cycle has not opened yet, so no clarification can be raised yet.',
    scheduled: 'The clarification stage is scheduled from {from} to {to}.',
    scheduledOpenEnded: 'The clarification stage is scheduled to open on {from}.',
    notScheduled: 'The clarification stage has not been scheduled yet.',
    closed: 'The clarification stage of the {year} cycle is closed: the clarifications below can be read, but none can be raised any more.',
    list: "Your body's clarifications",
    noCycles: 'There are no assessment cycles yet.',
  },
);

export function ClarificationsPage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { viewer, known } = useViewer();
  const cycles = useQuery(CyclesDocument, { skip: !viewer });
  const asked = Number(params.get('tahun'));
  const cycle = cycles.data?.cycles.find((c) => c.year === asked) ?? cycles.data?.cycles[0];
  const schedule = useQuery(CycleByYearDocument, { variables: { year: cycle?.year ?? 0 }, skip: !cycle });
  const phase = cycle ? clarificationPhase(cycle.stage) : null;
  const method = useQuery(PortalClarificationMethodDocument, { variables: { cycleId: cycle?.id ?? '' }, skip: !cycle || phase === 'before' });

  if (!known) return <LoadingState />;
  if (!viewer) return <SignInRequired heading={t('heading')} />;
  const institutionId = viewer.institution?.id;
  if (!institutionId) return <NoBodyOfYourOwn heading={t('heading')} />;
  if (cycles.error) {
    const api = readApiError(cycles.error);
    if (api.code === 'FORBIDDEN') return <NotAllowed error={api} viewer={viewer} ownHref={paths.rapor()} />;
    return <ErrorState onRetry={() => void cycles.refetch().catch(() => undefined)} />;
  }
  if (!cycles.data) return <LoadingState />;
  if (!cycle || !phase) {
    return (
      <>
        <h1>{t('heading')}</h1>
        <EmptyState>
          <p>{t('noCycles')}</p>
        </EmptyState>
      </>
    );
  }

  const clarificationWindow = schedule.data?.cycleByYear?.stages.find((s) => s.stage === 'CLARIFICATION');
  const titles = new Map(method.data?.cycle?.methodology?.summary?.indicators.map((i) => [i.code, i.title[t.locale]]) ?? []);
  const methodology = method.data?.cycle?.methodology;

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {cycles.data.cycles.length > 1 ? (
        <YearSelect
          years={cycles.data.cycles.map((c) => c.year)}
          value={cycle.year}
          onChange={(year) => {
            const next = new URLSearchParams(params);
            next.set('tahun', String(year));
            setParams(next);
          }}
        />
      ) : null}
      <div className="page-heading">
        <h2>{t('cycle', { year: cycle.year })}</h2>
        {cycle.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p>
        {t('stageNow')} <CycleStageTag stage={cycle.stage} />
      </p>

      {phase === 'before' ? (
        <div className="notice" data-testid="clarification-not-open">
          <p>{t('notYet', { year: cycle.year })}</p>
          {schedule.data ? (
            <p>
              {clarificationWindow?.opensAt
              ? clarificationWindow.closesAt
                ? t('scheduled', { from: formatDate(clarificationWindow.opensAt, t.locale), to: formatDate(clarificationWindow.closesAt, t.locale) })
                  : t('scheduledOpenEnded', { from: formatDate(clarificationWindow.opensAt, t.locale) })
                : t('notScheduled')}
            </p>
          ) : null}
        </div>
      ) : (
        <>
          {phase === 'after' ? <p className="notice">{t('closed', { year: cycle.year })}</p> : null}
          {phase === 'open' ? (
            methodology ? (
              <RaiseClarificationForm
                cycleId={cycle.id}
                institutionId={institutionId}
                method={methodology}
                onRaised={(id, allUploaded) => void navigate(paths.clarification(id), { state: { raised: allUploaded ? 'complete' : 'partial' } })}
              />
            ) : method.error ? (
              <ErrorState onRetry={() => void method.refetch().catch(() => undefined)} />
            ) : (
              <LoadingState />
            )
          ) : null}
          <section className="page-section" aria-labelledby="clarification-list">
            <h2 id="clarification-list">{t('list')}</h2>
            <ClarificationList cycleId={cycle.id} institutionId={institutionId} year={cycle.year} titleOf={(code) => titles.get(code) ?? ''} />
          </section>
        </>
      )}
    </>
  );
}
