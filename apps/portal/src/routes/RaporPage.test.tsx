import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { RaporDocument, type RaporQuery } from '@patuh/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bands, platformMock, provinceMocks, tangselOfficer, viewerMock, withTypenames } from '../test/mocks';
import { renderPortal } from '../test/render';

const always = { maxUsageCount: Number.POSITIVE_INFINITY };
const title = (id: string, en: string) => ({ id, en });
const yearResult = (year: number, score: number) => ({
  year,
  score,
  grade: 'A',
  zone: 'HIJAU' as const,
  label: 'Kualitas Tertinggi',
  rankNational: 3,
  rankType: 1,
  rankProvince: 1,
  unitCount: 1,
  revision: 1,
  corrected: false,
  publishedAt: `${year}-12-14T00:00:00.000Z`,
  source: 'COMPUTED' as const,
  synthetic: true,
  gradeBands: bands,
});
const tangsel = { id: 'i-tangsel', code: '36.74', name: 'Kota Tangerang Selatan', type: 'KOTA' as const, province: { code: '36', name: 'Banten', isoCode: 'ID-BT' } };

const rapor: RaporQuery['rapor'] = {
  year: 2024,
  institution: tangsel,
  revision: { id: 'r2024', year: 2024, revision: 1, corrected: false, reason: null, publishedAt: '2024-11-14T03:00:00.000Z', source: 'COMPUTED', synthetic: true, institutionCount: 587 },
  result: yearResult(2024, 96.83),
  standing: { national: 3, nationalOf: 587, type: 1, typeOf: 98, province: 1, provinceOf: 9 },
  units: [
    {
      unit: { id: 'u-dinsos', name: 'Dinas Sosial', kind: 'DINSOS' },
      score: 98.79,
      grade: 'A',
      zone: 'HIJAU',
      explanationMatchesPublished: true,
      explanation: {
        score: 98.79,
        maxPoints: 100,
        points: 98.79,
        lostPoints: 1.21,
        dimensions: [
          {
            code: 'INPUT',
            title: title('Input', 'Input'),
            weight: 21.85,
            applicable: true,
            maxPoints: 21.85,
            points: 20.64,
            lostPoints: 1.21,
            score: 94.46,
            variables: [
              {
                code: 'IN-KOM',
                title: title('Kompetensi Pelaksana', 'Staff competence'),
                weight: 50,
                applicable: true,
                maxPoints: 10.93,
                points: 9.72,
                lostPoints: 1.21,
                score: 88.93,
                indicators: [
                  {
                    code: 'IN-KOM-01',
                    title: title('Pengetahuan 14 komponen', 'Knowing the 14 components'),
                    weight: 24.44,
                    applicable: true,
                    status: 'ANSWERED',
                    scaleKind: 'ORDINAL',
                    answer: 3,
                    answerLabel: title('Mengetahui sepenuhnya, dengan bukti', 'Knows it fully, with evidence'),
                    maxPoints: 2.67,
                    points: 2.67,
                    lostPoints: 0,
                    score: 100,
                  },
                  {
                    code: 'IN-KOM-02',
                    title: title('Pengetahuan tugas dan fungsi', 'Knowing one’s duties'),
                    weight: 15.11,
                    applicable: true,
                    status: 'ANSWERED',
                    scaleKind: 'ORDINAL',
                    answer: 1,
                    answerLabel: title('Mengetahui sebagian kecil', 'Knows a small part'),
                    maxPoints: 1.65,
                    points: 0.55,
                    lostPoints: 1.1,
                    score: 33.33,
                  },
                  {
                    code: 'IN-KOM-03',
                    title: title('Pengetahuan tentang Ombudsman', 'Knowing the Ombudsman'),
                    weight: 15.11,
                    applicable: true,
                    status: 'MISSING',
                    scaleKind: 'ORDINAL',
                    answer: null,
                    answerLabel: null,
                    maxPoints: 0.11,
                    points: 0,
                    lostPoints: 0.11,
                    score: null,
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  ],
  improvementPoints: [
    { id: 'p1', unitId: 'u-dinsos', unitName: 'Dinas Sosial', indicatorCode: 'IN-KOM-02', body: 'Adakan pelatihan berkala bagi pelaksana.', priority: 1, publishedAt: '2024-11-14T03:00:00.000Z' },
  ],
  trend: [yearResult(2023, 96.14), yearResult(2024, 96.83)],
  peers: [
    { institution: tangsel, score: 96.83, grade: 'A', zone: 'HIJAU', rank: 1 },
    { institution: { ...tangsel, id: 'i-kotatangerang', code: '36.71', name: 'Kota Tangerang' }, score: 95.91, grade: 'A', zone: 'HIJAU', rank: 2 },
  ],
};

const raporTypes = { revision: 'ResultRevision', result: 'InstitutionYearResult', trend: 'InstitutionYearResult', institution: 'ResultInstitution' };

function raporMock(institutionId: string, answer: MockLink.MockedResponse['result'] | Error): MockLink.MockedResponse {
  const request = { query: RaporDocument, variables: { cycleYear: 2024, institutionId } };
  return answer instanceof Error ? { request, error: answer, ...always } : { request, result: answer, ...always };
}

describe('the officer’s rapor', () => {
  it('explains every point lost, unit by unit, with the improvement point it calls for', async () => {
    renderPortal(
      [platformMock(), viewerMock(tangselOfficer), raporMock('i-tangsel', { data: { rapor: withTypenames('Rapor', rapor, raporTypes) } }), ...provinceMocks(2024)],
      '/rapor/2024',
    );
    expect(await screen.findByRole('heading', { level: 1, name: /^Rapor 2024: Kota Tangerang Selatan/ })).toBeInTheDocument();
    expect(document.title).toBe('Rapor 2024: Kota Tangerang Selatan — Patuh');
    expect(screen.getByText('3 dari 587')).toBeInTheDocument();
    expect(await screen.findByText('Rata-rata instansi di Banten: 79,66 (selisih Anda +17,17).')).toBeInTheDocument();

    const unit = screen.getByRole('region', { name: 'Dinas Sosial' });
    const lost = within(unit).getByRole('table', { name: 'Indikator Dinas Sosial yang kehilangan poin, terbesar dulu' });
    const rows = within(lost).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('IN-KOM-02 Pengetahuan tugas dan fungsi1,10');
    expect(rows[0]).toHaveTextContent('Jawaban “Mengetahui sebagian kecil” bernilai 33,33 % dari nilai penuh: 0,55 dari 1,65 poin.');
    expect(within(rows[0]!).getByRole('link', { name: 'Mendesak: lihat poin perbaikan' })).toHaveAttribute('href', '#point-p1');
    expect(rows[1]).toHaveTextContent('Tidak ada jawaban tercatat: 0,11 poin tidak diperoleh.');

    const feedback = screen.getByRole('region', { name: 'Poin perbaikan dari Ombudsman' });
    expect(within(feedback).getByText('Adakan pelatihan berkala bagi pelaksana.')).toBeInTheDocument();
    expect(within(feedback).getByText(/Tentang: Dinas Sosial · indikator IN-KOM-02 \(Pengetahuan tugas dan fungsi\)/)).toBeInTheDocument();

    expect(screen.getByRole('table', { name: 'Skor Kota Tangerang Selatan per tahun (tabel)' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Kota di Banten, 2024' })).toHaveTextContent('Kota Tangerang Selatan (instansi Anda)');
    expect(screen.getByRole('button', { name: 'Cetak atau simpan PDF' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Simulasi perbaikan dan jalur ke target' })).toHaveAttribute('href', '/rapor/2024/simulasi');
  });

  it('opens every folded part for printing', async () => {
    renderPortal(
      [platformMock(), viewerMock(tangselOfficer), raporMock('i-tangsel', { data: { rapor: withTypenames('Rapor', rapor, raporTypes) } }), ...provinceMocks(2024)],
      '/rapor/2024',
    );
    const details = (await screen.findByText('Semua 3 indikator unit ini')).closest('details')!;
    expect(details.open).toBe(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).toBe(false);
  });

  it('refuses another body’s rapor plainly, in the reader’s language', async () => {
    const user = userEvent.setup();
    const forbidden = new GraphQLError('Data ini milik instansi lain.', {
      extensions: { code: 'FORBIDDEN', i18n: { id: 'Data ini milik instansi lain.', en: 'This belongs to another institution.' } },
    });
    renderPortal([platformMock(), viewerMock(tangselOfficer), raporMock('i-kemendagri', { errors: [forbidden] })], '/rapor/2024?instansi=i-kemendagri');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak diizinkan' })).toBeInTheDocument();
    expect(screen.getByText('Jawaban server: Data ini milik instansi lain.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka rapor Kota Tangerang Selatan' })).toHaveAttribute('href', '/rapor/2024');
    expect(document.title).toBe('Tidak diizinkan — Patuh');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.getByText('The server said: This belongs to another institution.')).toBeInTheDocument();
  });

  it('asks the public to sign in', async () => {
    renderPortal([platformMock(), viewerMock(null)], '/rapor/2024');
    expect(await screen.findByText(/Halaman ini untuk petugas instansi yang dinilai/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Masuk' }).map((a) => a.getAttribute('href'))).toContain('/masuk?kembali=%2Frapor%2F2024');
  });
});
