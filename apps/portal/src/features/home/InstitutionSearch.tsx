import { useQuery } from '@apollo/client/react';
import { RegistrySearchDocument } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../paths';
import { institutionTypeMessages } from '../format/labels';
import { defaultRankingView, writeRankingView } from '../rankings/rankingView';

const messages = defineMessages(
  {
    heading: 'Cari instansi',
    label: 'Nama atau kode instansi',
    hint: 'Misalnya “Tangerang Selatan”, “Kementerian Agama” atau kode wilayah “36.74”.',
    submit: 'Cari',
    tooShort: 'Ketik paling sedikit dua huruf.',
    searching: 'Mencari…',
    found: '{count} instansi ditemukan.',
    foundMore: '{count} instansi ditemukan; {shown} yang pertama:',
    none: 'Tidak ada instansi yang cocok.',
    failed: 'Pencarian tidak dapat dijalankan. Coba lagi.',
  },
  {
    heading: 'Find a body',
    label: 'Name or code of the body',
    hint: 'For example “Tangerang Selatan”, “Kementerian Agama” or the area code “36.74”.',
    submit: 'Search',
    tooShort: 'Type at least two letters.',
    searching: 'Searching…',
    found: '{count} bodies found.',
    foundMore: '{count} bodies found; the first {shown}:',
    none: 'No body matches.',
    failed: 'The search could not run. Try again.',
  },
);

const SHOWN = 8;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Finds any assessed body as one types: the matches are links to their pages. Submitting goes to
 * the only match's page, or to the rankings filtered by the text when there are several.
 */
export function InstitutionSearch({ year }: { year: number | null }) {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const term = useDebounced(text.trim(), 250);
  const active = term.length >= 2;
  const { data, previousData, loading, error } = useQuery(RegistrySearchDocument, { variables: { search: term, first: SHOWN }, skip: !active });
  const result = (data ?? previousData)?.institutions;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query.length < 2) return;
    const only = result?.totalCount === 1 && term === query ? result.nodes[0] : undefined;
    if (only) void navigate(paths.institution(only.id));
    else if (year !== null) void navigate(paths.rankings(year, writeRankingView({ ...defaultRankingView, query })));
  };

  const status = !active
    ? text.trim().length > 0
      ? t('tooShort')
      : ''
    : error
      ? t('failed')
      : loading && !result
        ? t('searching')
        : result
          ? result.totalCount === 0
            ? t('none')
            : result.totalCount > result.nodes.length
              ? t('foundMore', { count: t.formatNumber(result.totalCount), shown: result.nodes.length })
              : t('found', { count: t.formatNumber(result.totalCount) })
          : '';

  return (
    <section className="search-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <form role="search" aria-labelledby={`${id}-heading`} onSubmit={onSubmit} className="search-panel__form">
        <div className="field">
          <label htmlFor={`${id}-input`}>{t('label')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('hint')}
          </p>
          <div className="search-panel__row">
            <input
              id={`${id}-input`}
              type="search"
              value={text}
              autoComplete="off"
              maxLength={100}
              aria-describedby={`${id}-hint ${id}-status`}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </div>
        </div>
      </form>
      <p id={`${id}-status`} role="status" className="search-panel__status">
        {status}
      </p>
      {active && result && result.nodes.length > 0 ? (
        <ul className="search-panel__results">
          {result.nodes.map((node) => (
            <li key={node.id}>
              <Link to={paths.institution(node.id)}>{node.name}</Link>
              <span className="search-panel__meta">
                {tType(node.type)}
                {node.province ? ` · ${node.province.name}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
