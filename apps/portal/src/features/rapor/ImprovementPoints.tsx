import { defineMessages, useT } from '@patuh/ui';
import { priorityKey, priorityMessages } from './priority';
import type { ImprovementPoint } from './types';

const messages = defineMessages(
  {
    none: 'Ombudsman tidak memberi poin perbaikan pada rapor ini.',
    about: 'Tentang',
    wholeBody: 'seluruh instansi',
    indicator: 'indikator {code} ({title})',
    count: '{count} poin',
  },
  {
    none: 'The Ombudsman gave no improvement points in this report card.',
    about: 'About',
    wholeBody: 'the whole body',
    indicator: 'indicator {code} ({title})',
    count: '{count} points',
  },
);

/** The Ombudsman's improvement points, most urgent first, each saying what it is about. */
export function ImprovementPoints({ points, indicatorTitles }: { points: readonly ImprovementPoint[]; indicatorTitles: ReadonlyMap<string, { id: string; en: string }> }) {
  const t = useT(messages);
  const tPriority = useT(priorityMessages);
  if (points.length === 0) return <p>{t('none')}</p>;
  const groups = (['p1', 'p2', 'p3'] as const).map((key) => ({ key, points: points.filter((point) => priorityKey(point.priority) === key) }));
  return (
    <>
      {groups
        .filter((group) => group.points.length > 0)
        .map((group) => (
          <div key={group.key} className="improvement-group">
            <h3>
              <span className={`priority priority--${group.key}`}>{tPriority(group.key)}</span>{' '}
              <span className="hint">{t('count', { count: t.formatNumber(group.points.length) })}</span>
            </h3>
            <ul className="improvement-list">
              {group.points.map((point) => {
                const title = point.indicatorCode ? indicatorTitles.get(point.indicatorCode) : undefined;
                return (
                  <li key={point.id} id={`point-${point.id}`} className="improvement">
                    <p className="improvement__about">
                      {t('about')}: {point.unitName ?? t('wholeBody')}
                      {point.indicatorCode
                        ? ` · ${t('indicator', { code: point.indicatorCode, title: title ? title[t.locale] : point.indicatorCode })}`
                        : ''}
                    </p>
                    <p className="improvement__body">{point.body}</p>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </>
  );
}
