import { defineMessages, useT } from '@patuh/ui';
import { useId, useMemo, useState } from 'react';
import { diffRows } from './diff';

const messages = defineMessages(
  {
    summary: '{changed} berubah',
    noChange: 'tanpa perubahan nilai',
    caption: 'Sebelum dan sesudah',
    key: 'Kunci',
    before: 'Sebelum',
    after: 'Sesudah',
    empty: '(tidak ada)',
    ADDED: 'baru',
    REMOVED: 'dihapus',
    CHANGED: 'berubah',
    SAME: 'tetap',
    showAll: 'Tampilkan juga {count} kunci yang tidak berubah',
    showChanged: 'Tampilkan hanya yang berubah',
  },
  {
    summary: '{changed} changed',
    noChange: 'no value changed',
    caption: 'Before and after',
    key: 'Key',
    before: 'Before',
    after: 'After',
    empty: '(none)',
    ADDED: 'new',
    REMOVED: 'removed',
    CHANGED: 'changed',
    SAME: 'unchanged',
    showAll: 'Also show the {count} unchanged keys',
    showChanged: 'Show only what changed',
  },
);

/** An event's before and after as a table of keys, what changed marked in words and colour. */
export function AuditDiff({ before, after, context }: { before: unknown; after: unknown; context: string }) {
  const t = useT(messages);
  const rows = useMemo(() => diffRows(before, after), [before, after]);
  const [showAll, setShowAll] = useState(false);
  // A methodology edit holds a whole document: its keys are laid out only once someone opens it.
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const changed = rows.filter((row) => row.change !== 'SAME');
  const same = rows.length - changed.length;
  const shown = showAll ? rows : changed;
  return (
    <details className="audit-diff" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {changed.length > 0 ? t('summary', { changed: changed.length }) : t('noChange')}
        {' '}<span className="visually-hidden">— {context}</span>
      </summary>
      {open && shown.length > 0 ? (
        <table className="data-table diff-table" id={tableId}>
          <caption className="visually-hidden">
            {t('caption')} — {context}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('key')}</th>
              <th scope="col">{t('before')}</th>
              <th scope="col">{t('after')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.path} className={`diff-row diff-row--${row.change.toLowerCase()}`}>
                <th scope="row">
                  <code>{row.path}</code> <span className="diff-row__change">{t(row.change)}</span>
                </th>
                <td className="diff-row__before">{row.before ?? <span className="muted">{t('empty')}</span>}</td>
                <td className="diff-row__after">{row.after ?? <span className="muted">{t('empty')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {open && same > 0 ? (
        <button type="button" className="button button--secondary button--small" aria-controls={tableId} onClick={() => setShowAll((value) => !value)}>
          {showAll ? t('showChanged') : t('showAll', { count: same })}
        </button>
      ) : null}
    </details>
  );
}
