import { EmptyState, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { usePublishedCycles } from '../features/cycles/usePublishedCycles';
import { formatDate } from '../features/format/numbers';
import { CopyButton } from '../features/open-data/CopyButton';
import { apiExamples, curlOf } from '../features/open-data/apiExamples';
import { usePageMeta } from '../features/page/usePageMeta';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Data terbuka dan API — Patuh',
    description:
      'Unduh hasil penilaian kepatuhan pelayanan publik setiap tahun dalam CSV dan JSON, dan gunakan API GraphQL publik Patuh.',
    heading: 'Data terbuka',
    intro:
      'Hasil setiap tahun yang sudah dipublikasikan dapat diunduh bebas, satu baris per instansi: skor, predikat, zona dan peringkatnya. Berkas berubah hanya bila hasil dikoreksi; revisi terakhir selalu yang diunduh.',
    files: 'Berkas per tahun',
    filesCaption: 'Hasil yang dipublikasikan, per tahun',
    year: 'Tahun',
    revision: 'Revisi',
    published: 'Dipublikasikan',
    bodies: 'Instansi',
    download: 'Unduh',
    csv: 'CSV {year}',
    json: 'JSON {year}',
    correctedBecause: 'revisi {revision}: {reason}',
    synthetic: 'data demo sintetis',
    none: 'Belum ada hasil yang dipublikasikan.',
    columns:
      'Kolom CSV: year, institution_code, institution_name, institution_type, province_code, province_name, score, grade, zone, rank_national, rank_type, rank_province, revision, source, synthetic. Berkas berenkode UTF-8; angka memakai titik desimal.',
    api: 'API GraphQL publik',
    apiIntro:
      'Semua angka di portal ini berasal dari API GraphQL yang sama, terbuka tanpa akun: kirim POST berisi JSON ke {endpoint} dengan header content-type: application/json.',
    schema: 'Skema API (SDL) diterbitkan di alamat tetap {url}; ia berubah hanya bersama versi platform.',
    schemaLink: 'Unduh skema (schema.graphql)',
    examples: 'Contoh kueri',
    rankings: 'Peringkat sebuah provinsi (Banten), sepuluh teratas',
    profile: 'Riwayat sebuah instansi (id dari kueri peringkat)',
    provinces: 'Ringkasan per provinsi',
    methodology: 'Metodologi sebuah tahun',
    queryLabel: 'kueri',
    variablesLabel: 'Variabel: {variables}',
    curlLabel: 'perintah curl',
    limits: 'Daftar dibagi per halaman: first (1–200, bawaan 50) dan after (endCursor halaman sebelumnya).',
    idPlaceholder: '<id instansi dari kueri peringkat>',
  },
  {
    documentTitle: 'Open data and API — Patuh',
    description: "Download each year's public-service compliance results as CSV and JSON, and use Patuh's public GraphQL API.",
    heading: 'Open data',
    intro:
      "Every published year's results can be downloaded freely, one row per body: its score, grade, zone and ranks. A file changes only when the results are corrected; the download is always the latest revision.",
    files: 'Files by year',
    filesCaption: 'Published results, by year',
    year: 'Year',
    revision: 'Revision',
    published: 'Published',
    bodies: 'Bodies',
    download: 'Download',
    csv: 'CSV {year}',
    json: 'JSON {year}',
    correctedBecause: 'revision {revision}: {reason}',
    synthetic: 'synthetic demo data',
    none: 'No results have been published yet.',
    columns:
      'CSV columns: year, institution_code, institution_name, institution_type, province_code, province_name, score, grade, zone, rank_national, rank_type, rank_province, revision, source, synthetic. Files are UTF-8; numbers use a decimal point.',
    api: 'Public GraphQL API',
    apiIntro:
      'Every figure on this portal comes from the same GraphQL API, open without an account: POST JSON to {endpoint} with the header content-type: application/json.',
    schema: "The API's schema (SDL) is published at the stable address {url}; it changes only with a platform release.",
    schemaLink: 'Download the schema (schema.graphql)',
    examples: 'Example queries',
    rankings: "A province's ranking (Banten), top ten",
    profile: "A body's history (its id from the rankings query)",
    provinces: 'Summary by province',
    methodology: "A year's methodology",
    queryLabel: 'query',
    variablesLabel: 'Variables: {variables}',
    curlLabel: 'curl command',
    limits: 'Lists come in pages: first (1–200, default 50) and after (the previous page’s endCursor).',
    idPlaceholder: '<body id from the rankings query>',
  },
);

export function OpenDataPage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const { cycles, error, retry } = usePublishedCycles();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const examples = apiExamples(cycles?.[0]?.year ?? new Date().getFullYear() - 1, t('idPlaceholder'));

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <section className="page-section" aria-labelledby="files-heading">
        <h2 id="files-heading">{t('files')}</h2>
        {!cycles ? (
          error ? (
            <ErrorState onRetry={retry} />
          ) : (
            <LoadingState />
          )
        ) : cycles.length === 0 ? (
          <EmptyState>
            <p>{t('none')}</p>
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('filesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('year')}</th>
                  <th scope="col">{t('revision')}</th>
                  <th scope="col">{t('published')}</th>
                  <th scope="col" className="numeric">
                    {t('bodies')}
                  </th>
                  <th scope="col">{t('download')}</th>
                </tr>
              </thead>
              <tbody>
                {cycles.map((cycle) => (
                  <tr key={cycle.year}>
                    <th scope="row">{cycle.year}</th>
                    <td>
                      {cycle.latestRevision.revision}
                      {cycle.latestRevision.corrected && cycle.latestRevision.reason
                        ? ` (${t('correctedBecause', { revision: cycle.latestRevision.revision, reason: cycle.latestRevision.reason })})`
                        : ''}
                      {cycle.synthetic ? ` — ${t('synthetic')}` : ''}
                    </td>
                    <td>{formatDate(cycle.latestRevision.publishedAt, t.locale)}</td>
                    <td className="numeric">{t.formatNumber(cycle.latestRevision.institutionCount)}</td>
                    <td>
                      <ul className="inline-list">
                        <li>
                          <a href={paths.openDataFile(cycle.year, 'csv')} download>
                            {t('csv', { year: cycle.year })}
                          </a>
                        </li>
                        <li>
                          <a href={paths.openDataFile(cycle.year, 'json')} download>
                            {t('json', { year: cycle.year })}
                          </a>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="hint">{t('columns')}</p>
      </section>

      <section className="page-section" aria-labelledby="api-heading">
        <h2 id="api-heading">{t('api')}</h2>
        <p>{t('apiIntro', { endpoint: `${origin}/graphql` })}</p>
        <p>
          {t('schema', { url: `${origin}${paths.schema}` })} <a href={paths.schema}>{t('schemaLink')}</a>
        </p>
        <p>{t('limits')}</p>
        <h3>{t('examples')}</h3>
        {examples.map((example) => (
          <article key={example.key} className="api-example" aria-labelledby={`example-${example.key}`}>
            <h4 id={`example-${example.key}`}>{t(example.key)}</h4>
            <pre className="code-block" tabIndex={0} aria-label={`${t(example.key)}: ${t('queryLabel')}`}>
              <code>{example.query}</code>
            </pre>
            <p className="hint">{t('variablesLabel', { variables: JSON.stringify(example.variables) })}</p>
            <p className="api-example__actions">
              <CopyButton text={example.query} what={t('queryLabel')} />
              <CopyButton text={curlOf(origin, example)} what={t('curlLabel')} />
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
