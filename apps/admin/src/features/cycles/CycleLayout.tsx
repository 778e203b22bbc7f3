import { useQuery } from '@apollo/client/react';
import { AdminCycleHeadingDocument, CycleByYearDocument } from '@patuh/graphql';
import { CycleStageTag, ErrorState, LoadingState, SyntheticMarker, defineMessages, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { Link, Navigate, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { readApiError } from '../../api/errors';
import type { StaffPage } from '../../routes';
import { paths } from '../../routes/paths';
import { useViewer } from '../session/useViewer';

const messages = defineMessages(
  {
    menu: 'Halaman siklus {year}',
    notFound: 'Siklus tidak ditemukan',
    notFoundTitle: 'Siklus tidak ditemukan — Patuh Admin',
    notFoundBody: 'Tidak ada siklus penilaian dengan alamat ini.',
    home: 'Ke daftar siklus',
  },
  {
    menu: 'Pages of cycle {year}',
    notFound: 'Cycle not found',
    notFoundTitle: 'Cycle not found — Patuh Admin',
    notFoundBody: 'There is no assessment cycle at this address.',
    home: 'Go to the list of cycles',
  },
);

/** A year in the address (`/siklus/2025`) rather than an id. */
const isYear = (key: string) => /^\d{4}$/.test(key);

/** The cycle the address names, by id (years are resolved to ids by the layout first). */
export function useCycleId(): string {
  const { cycleKey } = useParams();
  if (!cycleKey) throw new Error('useCycleId is used outside a cycle page.');
  return cycleKey;
}

/**
 * The frame of a cycle's pages: resolves a year in the address to the cycle's id, says which
 * cycle this is, and gives the cycle's own menu (the table `cyclePages` in routes/index.tsx).
 */
export function CycleLayout({ navigation }: { navigation: readonly StaffPage[] }) {
  const { cycleKey = '' } = useParams();
  return isYear(cycleKey) ? <CycleByYear year={Number(cycleKey)} /> : <CycleFrame cycleId={cycleKey} navigation={navigation} />;
}

function CycleByYear({ year }: { year: number }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(CycleByYearDocument, { variables: { year } });
  if (data?.cycleByYear) {
    const target = location.pathname.replace(/\/siklus\/\d{4}/, `/siklus/${data.cycleByYear.id}`);
    return <Navigate replace to={`${target}${location.search}`} />;
  }
  if (loading) return <LoadingState />;
  if (error) return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
  return <CycleNotFound />;
}

function CycleFrame({ cycleId, navigation }: { cycleId: string; navigation: readonly StaffPage[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(AdminCycleHeadingDocument, { variables: { id: cycleId } });
  if (!data) {
    if (loading) return <LoadingState />;
    // A malformed id is refused as bad input: to the reader it is the same as no such cycle.
    if (error) return readApiError(error).code === 'BAD_USER_INPUT' ? <CycleNotFound /> : <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
    return null;
  }
  const cycle = data.cycle;
  if (!cycle) return <CycleNotFound />;
  const role = viewer?.role;
  const entries = navigation.filter((page) => !page.roles || (role !== undefined && role !== 'INSTITUTION_OFFICER' && page.roles.includes(role)));
  return (
    <>
      <div className="cycle-context">
        <p className="cycle-context__title">
          <span>{cycle.title}</span> <CycleStageTag stage={cycle.stage} /> {cycle.synthetic ? <SyntheticMarker /> : null}
        </p>
        <nav className="cycle-nav" aria-label={t('menu', { year: cycle.year })}>
          <ul className="cycle-nav__list">
            {entries.map((page) => (
              <li key={page.path}>
                <NavLink className="cycle-nav__link" to={paths.cycle(cycle.id, page.path)} end>
                  {page.nav?.[locale]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Outlet />
    </>
  );
}

function CycleNotFound() {
  const t = useT(messages);
  useDocumentTitle(t('notFoundTitle'));
  return (
    <>
      <h1>{t('notFound')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link to={paths.home}>{t('home')}</Link>
      </p>
    </>
  );
}
