import type { MockLink } from '@apollo/client/testing';
import {
  ClarificationDocument,
  ClarificationsDocument,
  CycleByYearDocument,
  CyclesDocument,
  PortalClarificationMethodDocument,
  PortalClarificationUnitsDocument,
  RaiseClarificationDocument,
  type ClarificationDetailFragment,
  type CycleStage,
} from '@patuh/graphql';
import { METHOD_2022 } from '@patuh/scoring/presets';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeXhr } from '../test/fakeXhr';
import { platformMock, tangselOfficer, viewerMock, withTypenames } from '../test/mocks';
import { renderPortal } from '../test/render';

const always = { maxUsageCount: Number.POSITIVE_INFINITY };
const cycleId = 'c2025';
const institutionId = 'i-tangsel';

function cycleMocks(stage: CycleStage): MockLink.MockedResponse[] {
  return [
    platformMock(),
    viewerMock(tangselOfficer),
    {
      request: { query: CyclesDocument },
      result: { data: { cycles: withTypenames('Cycle', [{ id: cycleId, year: 2025, title: 'Penilaian Kepatuhan 2025', stage, synthetic: true }]) } },
      ...always,
    },
    {
      request: { query: CycleByYearDocument, variables: { year: 2025 } },
      result: {
        data: {
          cycleByYear: withTypenames('Cycle', {
            id: cycleId,
            year: 2025,
            title: 'Penilaian Kepatuhan 2025',
            stage,
            synthetic: true,
            version: 3,
            stages: [{ stage: 'CLARIFICATION', opensAt: '2026-01-01T17:00:00.000Z', closesAt: '2026-01-14T17:00:00.000Z', openedAt: null }],
          }),
        },
      },
      ...always,
    },
  ];
}

const indicators = METHOD_2022.dimensions.flatMap((d) =>
  d.variables.flatMap((v) => v.indicators.map((i) => ({ dimensionCode: d.code, variableCode: v.code, code: i.code, title: i.title, scaleKind: i.scale.kind }))),
);
const methodMock: MockLink.MockedResponse = {
  request: { query: PortalClarificationMethodDocument, variables: { cycleId } },
  result: {
    data: {
      cycle: withTypenames('Cycle', {
        id: cycleId,
        year: 2025,
        stage: 'CLARIFICATION',
        methodology: {
          id: 'm1',
          document: METHOD_2022,
          summary: { id: 'METHOD_2022', dimensions: METHOD_2022.dimensions.map((d) => ({ code: d.code, title: d.title })), indicators },
        },
      }),
    },
  },
  ...always,
};
const unitsMock: MockLink.MockedResponse = {
  request: { query: PortalClarificationUnitsDocument, variables: { cycleId, institutionId } },
  result: {
    data: {
      assessments: withTypenames('AssessmentConnection', {
        totalCount: 1,
        nodes: [{ id: 'a-dinsos', status: 'VERIFIED', unit: { id: 'u-dinsos', name: 'Dinas Sosial' }, answers: [{ indicatorCode: 'IN-KOM-02', value: 2, notApplicable: false }] }],
      }),
    },
  },
  ...always,
};

const raised: ClarificationDetailFragment = {
  id: 'cl-1',
  cycleId,
  assessmentId: 'a-dinsos',
  indicatorCode: 'IN-KOM-02',
  status: 'OPEN',
  version: 1,
  createdAt: '2026-01-05T03:00:00.000Z',
  updatedAt: '2026-01-05T03:00:00.000Z',
  decidedAt: null,
  decisionReason: null,
  cycleStage: 'CLARIFICATION',
  institution: { id: institutionId, name: 'Kota Tangerang Selatan', provinceCode: '36' },
  unit: { id: 'u-dinsos', name: 'Dinas Sosial' },
  raisedBy: { id: 'u-tangsel', name: 'Petugas Pemkot Tangerang Selatan (demo)' },
  decidedBy: null,
  messages: [{ id: 'm-1', body: 'Pelaksana mengetahui tugasnya sepenuhnya; lihat SK terlampir.', createdAt: '2026-01-05T03:00:00.000Z', author: { id: 'u-tangsel', name: 'Petugas Pemkot Tangerang Selatan (demo)' } }],
  evidence: [],
  currentAnswer: { indicatorCode: 'IN-KOM-02', value: 2, notApplicable: false, note: null, updatedAt: '2025-09-01T00:00:00.000Z', updatedBy: null },
};

function listMock(nodes: ClarificationDetailFragment[]): MockLink.MockedResponse {
  return {
    request: { query: ClarificationsDocument, variables: { cycleId, filter: { institutionId }, first: 50 } },
    result: {
      data: {
        clarifications: withTypenames('ClarificationConnection', {
          totalCount: nodes.length,
          pageInfo: { hasNextPage: false, endCursor: null },
          nodes: nodes.map(({ cycleStage: _stage, messages: _messages, evidence: _evidence, currentAnswer: _answer, ...summary }) => summary),
        }),
      },
    },
    ...always,
  };
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

describe('clarifications', () => {
  it('says when the clarification stage opens while the cycle is not there yet', async () => {
    renderPortal(cycleMocks('VERIFICATION'), '/klarifikasi');
    const notice = await screen.findByTestId('clarification-not-open');
    expect(notice).toHaveTextContent('Tahap klarifikasi siklus 2025 belum dibuka, sehingga belum ada klarifikasi yang dapat diajukan.');
    expect(await within(notice).findByText('Tahap klarifikasi dijadwalkan 2 Januari 2026 sampai 15 Januari 2026.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajukan klarifikasi' })).not.toBeInTheDocument();
  });

  it('asks a signed-out visitor to sign in, and comes back here', async () => {
    renderPortal([platformMock(), viewerMock(null)], '/klarifikasi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Klarifikasi' })).toBeInTheDocument();
    const links = await screen.findAllByRole('link', { name: 'Masuk' });
    expect(links.some((link) => link.getAttribute('href') === '/masuk?kembali=%2Fklarifikasi')).toBe(true);
  });

  it('raises a clarification on an indicator with text and evidence, then shows it', async () => {
    const user = userEvent.setup();
    const message = 'Pelaksana mengetahui tugasnya sepenuhnya; lihat SK terlampir.';
    renderPortal(
      [
        ...cycleMocks('CLARIFICATION'),
        methodMock,
        unitsMock,
        listMock([]),
        {
          request: { query: RaiseClarificationDocument, variables: { assessmentId: 'a-dinsos', indicatorCode: 'IN-KOM-02', message } },
          result: { data: { raiseClarification: withTypenames('Clarification', raised, { currentAnswer: 'AssessmentAnswer' }) } },
        },
        {
          request: { query: ClarificationDocument, variables: { id: 'cl-1' } },
          result: { data: { clarification: withTypenames('Clarification', raised, { currentAnswer: 'AssessmentAnswer' }) } },
          ...always,
        },
      ],
      '/klarifikasi',
    );
    const form = await screen.findByRole('form', { name: 'Ajukan klarifikasi' });
    expect(await within(form).findByRole('option', { name: 'Dinas Sosial' })).toBeInTheDocument();

    // Refused with the fields at fault named beside them.
    await user.click(within(form).getByRole('button', { name: 'Ajukan klarifikasi' }));
    expect(within(form).getByLabelText('Unit layanan')).toHaveAccessibleDescription('Isi kolom ini.');
    expect(within(form).getByLabelText('Unit layanan')).toHaveFocus();

    await user.selectOptions(within(form).getByLabelText('Unit layanan'), 'a-dinsos');
    await user.selectOptions(within(form).getByLabelText('Indikator'), 'IN-KOM-02');
    expect(within(form).getByText(/^Temuan yang tercatat sekarang: 2 — /)).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Penjelasan Anda'), message);
    const file = new File(['%PDF-1.4 SK'], 'SK tugas.pdf', { type: 'application/pdf' });
    await user.upload(within(form).getByLabelText('Berkas bukti'), file);
    expect(within(form).getByText(/^SK tugas\.pdf \(/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Ajukan klarifikasi' }));

    // The file goes up once the clarification exists, with its progress shown.
    await vi.waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    const xhr = FakeXhr.sent[0]!;
    expect(xhr.url).toBe('/api/evidence?clarificationId=cl-1&fileName=SK+tugas.pdf');
    xhr.progress(3, 4);
    expect(await screen.findByRole('progressbar')).toHaveAttribute('aria-valuetext', 'SK tugas.pdf: 75%');
    xhr.respond(201, { evidence: { id: 'e-1', fileName: 'SK tugas.pdf', contentType: 'application/pdf', sizeBytes: 11, checksum: 'x' } });

    expect(await screen.findByRole('heading', { level: 1, name: 'Klarifikasi IN-KOM-02' })).toBeInTheDocument();
    expect(screen.getByText('Klarifikasi diajukan.')).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByText('Menunggu jawaban Ombudsman')).toBeInTheDocument();
  });
});
