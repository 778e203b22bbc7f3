import type { MockLink } from '@apollo/client/testing';
import {
  AdminCycleClarificationCountsDocument,
  AdminCycleHeadingDocument,
  CycleByYearDocument,
  CycleOverviewDocument,
  CycleProgressByProvinceDocument,
  MoveCycleStageDocument,
  type CycleOverviewQuery,
  type CycleStage,
} from '@patuh/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, apiError, platformMock, regionalViewer, typed, viewerMock } from '../../test/mocks';
import { renderAdmin } from '../../test/render';

vi.setConfig({ testTimeout: 30_000 });

const stageOrder: CycleStage[] = ['DRAFT', 'PREPARATION', 'COLLECTION', 'VERIFICATION', 'CLARIFICATION', 'DECISION', 'PUBLISHED', 'ARCHIVED'];
type Transition = NonNullable<NonNullable<CycleOverviewQuery['cycle']>['allowedTransitions']>[number];

function overview(stage: CycleStage, version: number, transitions: Transition[]) {
  return {
    cycle: typed('Cycle', {
      id: 'c2026',
      year: 2026,
      title: 'Penilaian Kepatuhan 2026',
      stage,
      synthetic: false,
      version,
      stages: stageOrder.map((s) =>
        typed('CycleStageWindow', {
          stage: s,
          opensAt: s === 'PREPARATION' ? '2026-02-28T17:00:00.000Z' : null,
          // A deadline long past: the preparation stage is late while it is not done.
          closesAt: s === 'PREPARATION' ? '2026-03-30T17:00:00.000Z' : null,
          openedAt: null,
        }),
      ),
      methodology: typed('Methodology', { id: 'm1', version: 1, presetId: 'METHOD_2022', valid: true, createdAt: '2026-01-05T03:00:00.000Z' }),
      allowedTransitions: transitions.map((transition) => ({
        ...typed('StageTransition', transition),
        reasons: transition.reasons.map((reason) => typed('StageGuardReason', reason)),
      })),
    }),
  };
}

const counts = (draft: number, submitted: number, returned: number, verified: number) =>
  typed('AssessmentStatusCounts', { draft, submitted, returned, verified, total: draft + submitted + returned + verified });

const progress = (stage: CycleStage) => ({
  cycle: typed('Cycle', {
    id: 'c2026',
    year: 2026,
    stage,
    progress: typed('CycleProgress', {
      institutionCount: 3,
      unitCount: 9,
      assessments: counts(4, 2, 1, 2),
      byProvince: [
        typed('ProvinceProgress', { provinceCode: '36', provinceName: 'Banten', institutionCount: 2, unitCount: 7, assessments: counts(3, 2, 0, 2) }),
        typed('ProvinceProgress', { provinceCode: null, provinceName: null, institutionCount: 1, unitCount: 2, assessments: counts(1, 0, 1, 0) }),
      ],
    }),
  }),
});

const forward = (to: CycleStage, reasons: { id: string; en: string }[] = []): Transition => ({
  to,
  direction: 'FORWARD',
  allowed: reasons.length === 0,
  reasonRequired: false,
  reasons,
});

const notSampled = { id: 'Belum ada unit layanan yang menjadi sampel.', en: 'No service unit has been sampled yet.' };

function pageMocks(first: ReturnType<typeof overview>, then?: ReturnType<typeof overview>): MockLink.MockedResponse[] {
  return [
    platformMock(),
    {
      request: { query: AdminCycleHeadingDocument, variables: { id: 'c2026' } },
      result: { data: { cycle: typed('Cycle', { id: 'c2026', year: 2026, title: 'Penilaian Kepatuhan 2026', stage: first.cycle.stage, synthetic: false }) } },
      maxUsageCount: 10,
    },
    { request: { query: CycleOverviewDocument, variables: { id: 'c2026' } }, result: { data: first } },
    ...(then ? [{ request: { query: CycleOverviewDocument, variables: { id: 'c2026' } }, result: { data: then }, maxUsageCount: 10 }] : []),
    // The progress query names the stage too: it must agree with the overview it is read beside.
    { request: { query: CycleProgressByProvinceDocument, variables: { id: 'c2026' } }, result: { data: progress(first.cycle.stage) } },
    { request: { query: CycleProgressByProvinceDocument, variables: { id: 'c2026' } }, result: { data: progress((then ?? first).cycle.stage) }, maxUsageCount: 10 },
    {
      request: { query: AdminCycleClarificationCountsDocument, variables: { cycleId: 'c2026' } },
      result: { data: { open: typed('ClarificationConnection', { totalCount: 3 }), answered: typed('ClarificationConnection', { totalCount: 1 }) } },
      maxUsageCount: 10,
    },
  ];
}

describe('cycle dashboard', () => {
  it('shows stages with deadlines, the late one marked, and progress figures linking to their lists', async () => {
    renderAdmin([viewerMock(adminViewer), ...pageMocks(overview('PREPARATION', 3, [forward('COLLECTION', [notSampled])]))], '/admin/siklus/c2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor siklus 2026' })).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: 'Halaman siklus 2026' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Dasbor', 'Metodologi', 'Jadwal', 'Sampel', 'Penilaian', 'Verifikasi', 'Klarifikasi', 'Rapor', 'Publikasi']);

    const schedule = screen.getByRole('table', { name: 'Tahap dan jadwal' });
    const preparation = within(schedule).getByRole('row', { name: /Persiapan/ });
    expect(preparation).toHaveAttribute('aria-current', 'step');
    expect(preparation).toHaveTextContent('Berjalan');
    expect(preparation).toHaveTextContent('Lewat tenggat');
    expect(within(schedule).getByRole('row', { name: /Draf/ })).toHaveTextContent('Selesai');

    const summary = await screen.findByRole('region', { name: 'Ringkasan nasional' });
    expect(within(summary).getByText('Unit sampel').nextElementSibling?.querySelector('a')).toHaveAttribute('href', '/admin/siklus/c2026/penilaian');
    expect(within(summary).getByText('Diajukan, menunggu verifikasi').nextElementSibling?.querySelector('a')).toHaveAttribute(
      'href',
      '/admin/siklus/c2026/penilaian?status=SUBMITTED',
    );
    expect(within(summary).getByText('Klarifikasi terbuka').nextElementSibling?.querySelector('a')).toHaveAttribute('href', '/admin/siklus/c2026/klarifikasi?status=OPEN');

    const table = screen.getByRole('table', { name: 'Kemajuan per provinsi' });
    const banten = within(table).getByRole('row', { name: /Banten/ });
    expect(within(banten).getByRole('link', { name: '7' })).toHaveAttribute('href', '/admin/siklus/c2026/penilaian?provinsi=36');
    expect(within(banten).getByRole('link', { name: '3' })).toHaveAttribute('href', '/admin/siklus/c2026/penilaian?status=DRAFT&provinsi=36');
    // Ministries and agencies have no province to filter by: their figures are plain.
    expect(within(within(table).getByRole('row', { name: /Kementerian dan lembaga/ })).queryAllByRole('link')).toHaveLength(0);
  });

  it('shows why a move is refused, in the current language', async () => {
    const user = userEvent.setup();
    renderAdmin([viewerMock(adminViewer), ...pageMocks(overview('PREPARATION', 3, [forward('COLLECTION', [notSampled])]))], '/admin/siklus/c2026');
    const moves = await screen.findByRole('region', { name: 'Pindah tahap' });
    expect(within(moves).getByText('Belum dapat pindah ke tahap Pengumpulan data:')).toBeInTheDocument();
    expect(within(moves).getByText('Belum ada unit layanan yang menjadi sampel.')).toBeInTheDocument();
    expect(within(moves).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(moves).getByText('No service unit has been sampled yet.')).toBeInTheDocument();
  });

  it('moves the cycle on after a confirmation naming what happens', async () => {
    const user = userEvent.setup();
    const move: MockLink.MockedResponse = {
      request: { query: MoveCycleStageDocument, variables: { cycleId: 'c2026', to: 'PREPARATION', expectedVersion: 2, reason: null } },
      result: {
        data: {
          moveCycleStage: typed('Cycle', {
            id: 'c2026',
            stage: 'PREPARATION',
            version: 3,
            stages: stageOrder.map((stage) => typed('CycleStageWindow', { stage, openedAt: null })),
          }),
        },
      },
    };
    renderAdmin(
      [
        viewerMock(adminViewer),
        ...pageMocks(overview('DRAFT', 2, [forward('PREPARATION')]), overview('PREPARATION', 3, [forward('COLLECTION', [notSampled])])),
        move,
      ],
      '/admin/siklus/c2026',
    );
    await user.click(await screen.findByRole('button', { name: 'Pindahkan ke tahap Persiapan' }));
    const dialog = screen.getByRole('dialog', { name: 'Pindahkan siklus 2026 ke tahap Persiapan?' });
    expect(dialog).toHaveTextContent('Siklus berpindah dari tahap Draf ke tahap Persiapan.');
    expect(dialog).toHaveTextContent('Siklus diumumkan: publik dan instansi dapat melihat tahap dan jadwalnya.');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, pindahkan' }));
    expect(await screen.findByText('Siklus kini pada tahap Persiapan.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Belum ada unit layanan yang menjadi sampel.')).toBeInTheDocument();
  });

  it('shows the reasons the API gives when it refuses a move', async () => {
    const user = userEvent.setup();
    const refused = apiError(
      'STAGE_NOT_ALLOWED',
      { id: 'Siklus tidak dapat dipindahkan ke tahap Persiapan.', en: 'The cycle cannot move to Preparation.' },
      { reasons: [{ id: 'Alasan dari server.', en: 'A reason from the server.' }] },
    );
    renderAdmin(
      [
        viewerMock(adminViewer),
        ...pageMocks(overview('DRAFT', 2, [forward('PREPARATION')])),
        { request: { query: MoveCycleStageDocument, variables: () => true }, result: refused },
      ],
      '/admin/siklus/c2026',
    );
    await user.click(await screen.findByRole('button', { name: 'Pindahkan ke tahap Persiapan' }));
    await user.click(screen.getByRole('button', { name: 'Ya, pindahkan' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert).toHaveTextContent('Siklus tidak dapat dipindahkan ke tahap Persiapan.');
    expect(alert).toHaveTextContent('Alasan dari server.');
  });

  it('offers no moves and no schedule editing to regional staff', async () => {
    renderAdmin(
      [viewerMock(regionalViewer), ...pageMocks(overview('DRAFT', 2, [forward('PREPARATION', [{ id: 'Hanya admin yang dapat memindahkan tahap siklus.', en: 'Only admins.' }])]))],
      '/admin/siklus/c2026',
    );
    expect(await screen.findByText('Hanya admin yang dapat memindahkan tahap siklus.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ubah jadwal tahap' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Halaman siklus 2026' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Dasbor', 'Metodologi', 'Sampel', 'Penilaian', 'Klarifikasi', 'Rapor']);
  });

  it('opens a cycle by its year', async () => {
    renderAdmin(
      [
        viewerMock(adminViewer),
        {
          request: { query: CycleByYearDocument, variables: { year: 2026 } },
          result: {
            data: {
              cycleByYear: typed('Cycle', {
                id: 'c2026',
                year: 2026,
                title: 'Penilaian Kepatuhan 2026',
                stage: 'DRAFT',
                synthetic: false,
                version: 2,
                stages: stageOrder.map((stage) => typed('CycleStageWindow', { stage, opensAt: null, closesAt: null, openedAt: null })),
              }),
            },
          },
        },
        ...pageMocks(overview('DRAFT', 2, [forward('PREPARATION')])),
      ],
      '/admin/siklus/2026?x=1',
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Dasbor siklus 2026' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/siklus/c2026?x=1');
  });
});
