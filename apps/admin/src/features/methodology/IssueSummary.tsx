import { defineMessages, useT } from '@patuh/ui';
import { forwardRef } from 'react';
import { fieldId, type DraftMethodology } from './draft';
import { useIssueText } from './IssueMessages';
import { pathParts, useIssues, type MethodologyIssue } from './issues';
import { useOpenNodes } from './openNodes';

const messages = defineMessages(
  {
    heading: '{count} masalah perlu diperbaiki sebelum metodologi dapat disimpan',
    valid: 'Metodologi lolos validasi.',
    document: 'Dokumen',
    band: 'Predikat {code}',
    weight: 'bobot',
    code: 'kode',
    title: 'judul',
    label: 'sebutan',
    min: 'batas bawah',
    max: 'batas atas',
    zone: 'zona',
    colour: 'warna',
    scale: 'skala',
    levels: 'tingkat',
    value: 'nilai',
    normalisation: 'normalisasi',
    decimals: 'desimal',
    step: 'langkah',
    years: 'tahun',
    version: 'versi',
    weightTolerance: 'toleransi bobot',
    composite: 'komposit',
    dimensionsWeight: 'bobot dimensi',
    variables: 'variabel',
    indicators: 'indikator',
    dimensions: 'dimensi',
    gradeBands: 'predikat',
  },
  {
    heading: '{count} issues to fix before the methodology can be saved',
    valid: 'The methodology passes validation.',
    document: 'Document',
    band: 'Grade {code}',
    weight: 'weight',
    code: 'code',
    title: 'title',
    label: 'label',
    min: 'lower bound',
    max: 'upper bound',
    zone: 'zone',
    colour: 'colour',
    scale: 'scale',
    levels: 'levels',
    value: 'value',
    normalisation: 'normalisation',
    decimals: 'decimals',
    step: 'step',
    years: 'years',
    version: 'version',
    weightTolerance: 'weight tolerance',
    composite: 'composite',
    dimensionsWeight: 'dimensions weight',
    variables: 'variables',
    indicators: 'indicators',
    dimensions: 'dimensions',
    gradeBands: 'grades',
  },
);

type FieldKey = Exclude<keyof typeof messages.id, 'heading' | 'valid' | 'document' | 'band'>;
const isFieldKey = (key: string): key is FieldKey => key in messages.id && !['heading', 'valid', 'document', 'band'].includes(key);

/** Where an issue is, in words: the codes of the nodes down to it, then the field. */
function useLocation(): (issue: MethodologyIssue, doc: DraftMethodology) => string {
  const t = useT(messages);
  return (issue, doc) => {
    const parts = pathParts(issue.path);
    const names: string[] = [];
    let node: unknown = doc;
    let field: string | null = null;
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i] as string | number;
      const next = parts[i + 1];
      if (typeof part === 'string' && typeof next === 'number' && ['dimensions', 'variables', 'indicators', 'gradeBands'].includes(part)) {
        node = (node as Record<string, unknown[]>)[part]?.[next];
        const code = (node as { code?: unknown } | undefined)?.code;
        const shown = typeof code === 'string' && code ? code : `#${next + 1}`;
        names.push(part === 'gradeBands' ? t('band', { code: shown }) : shown);
        field = null;
        i += 1;
      } else if (typeof part === 'string') {
        field ??= part;
        node = (node as Record<string, unknown> | undefined)?.[part];
      }
    }
    const fieldText = field ? (isFieldKey(field) ? t(field) : field) : null;
    const place = names.length ? names.join(' › ') : t('document');
    return fieldText ? `${place} — ${fieldText}` : place;
  };
}

/**
 * Every issue of the draft in one list at the top, each leading to its place: the editor's tree is
 * long and mostly folded, and an issue must never be out of sight without anyone knowing.
 */
export const IssueSummary = forwardRef<HTMLDivElement>(function IssueSummary(_, ref) {
  const t = useT(messages);
  const index = useIssues();
  const text = useIssueText();
  const location = useLocation();
  const { reveal } = useOpenNodes();
  const issues = index.all;
  return (
    <div ref={ref} tabIndex={-1} className={`issue-summary${issues.length ? ' issue-summary--open' : ''}`} aria-live="polite">
      {issues.length === 0 || !index.doc ? (
        <p className="issue-summary__valid">{t('valid')}</p>
      ) : (
        <>
          <h2 className="issue-summary__heading">{t('heading', { count: issues.length })}</h2>
          <ul className="issue-summary__list">
            {issues.map((issue, position) => (
              <li key={`${issue.path}-${issue.code}-${position}`}>
                <a
                  href={`#${fieldId(issue.path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    reveal(issue.path);
                  }}
                >
                  {location(issue, index.doc as DraftMethodology)}
                </a>
                : {text(issue)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
