import { defineMessages, useT } from '@patuh/ui';
import { formatPercent, formatScore } from '../format/numbers';
import { zoneMessages } from '../format/labels';
import type { PublishedMethodology } from './MethodologyView';

const messages = defineMessages(
  {
    same: '{a} dan {b} dinilai dengan metode yang sama ({method}, versi {version}): bobot dan rentang predikat tidak berbeda.',
    different: '{a} dinilai dengan {methodA} (versi {versionA}), {b} dengan {methodB} (versi {versionB}).',
    weightsCaption: 'Bobot dimensi dan variabel, {a} dan {b}',
    bandsCaption: 'Rentang predikat, {a} dan {b}',
    part: 'Bagian',
    band: 'Predikat',
    absent: '—',
    changed: 'berbeda',
    difference: 'Perbedaan',
    range: '{min}–{max} ({zone})',
    onlyIn: 'Indikator yang hanya ada pada {year}: {codes}.',
  },
  {
    same: '{a} and {b} were assessed with the same method ({method}, version {version}): weights and grade bands do not differ.',
    different: '{a} was assessed with {methodA} (version {versionA}), {b} with {methodB} (version {versionB}).',
    weightsCaption: 'Dimension and variable weights, {a} and {b}',
    bandsCaption: 'Grade bands, {a} and {b}',
    part: 'Part',
    band: 'Grade',
    absent: '—',
    changed: 'differs',
    difference: 'Difference',
    range: '{min}–{max} ({zone})',
    onlyIn: 'Indicators only in {year}: {codes}.',
  },
);

interface Side {
  year: number;
  methodology: PublishedMethodology;
}

interface WeightRow {
  key: string;
  label: string;
  level: 'dimension' | 'variable';
  a: number | null;
  b: number | null;
}

/** Two years' methods side by side: dimension and variable weights, grade bands, indicators. */
export function MethodologyComparison({ a, b }: { a: Side; b: Side }) {
  const t = useT(messages);
  const tZone = useT(zoneMessages);
  const sa = a.methodology.summary;
  const sb = b.methodology.summary;
  if (!sa || !sb) return null;

  const rows: WeightRow[] = [];
  const seen = new Set<string>();
  for (const dimension of [...sa.dimensions, ...sb.dimensions]) {
    if (seen.has(dimension.code)) continue;
    seen.add(dimension.code);
    const da = sa.dimensions.find((d) => d.code === dimension.code);
    const db = sb.dimensions.find((d) => d.code === dimension.code);
    rows.push({ key: dimension.code, label: dimension.title[t.locale], level: 'dimension', a: da?.weight ?? null, b: db?.weight ?? null });
    const variableCodes = [...new Set([...(da?.variables ?? []), ...(db?.variables ?? [])].map((v) => v.code))];
    for (const code of variableCodes) {
      const va = da?.variables.find((v) => v.code === code);
      const vb = db?.variables.find((v) => v.code === code);
      rows.push({ key: `${dimension.code}/${code}`, label: (va ?? vb)?.title[t.locale] ?? code, level: 'variable', a: va?.weight ?? null, b: vb?.weight ?? null });
    }
  }
  const bandCodes = [...new Set([...sa.gradeBands, ...sb.gradeBands].map((band) => band.code))];
  const codesA = new Set(sa.indicators.map((i) => i.code));
  const codesB = new Set(sb.indicators.map((i) => i.code));
  const onlyA = [...codesA].filter((code) => !codesB.has(code));
  const onlyB = [...codesB].filter((code) => !codesA.has(code));
  const sameMethod = sa.id === sb.id && sa.version === sb.version;
  const weight = (value: number | null) => (value === null ? t('absent') : formatPercent(value, t.locale));

  return (
    <>
      <p>
        {sameMethod
          ? t('same', { a: a.year, b: b.year, method: sa.title[t.locale], version: sa.version })
          : t('different', { a: a.year, b: b.year, methodA: sa.title[t.locale], versionA: sa.version, methodB: sb.title[t.locale], versionB: sb.version })}
      </p>
      <div className="two-columns two-columns--wide">
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('weightsCaption', { a: a.year, b: b.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('part')}</th>
                <th scope="col" className="numeric">
                  {a.year}
                </th>
                <th scope="col" className="numeric">
                  {b.year}
                </th>
                <th scope="col">{t('difference')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.level === 'dimension' ? 'data-table__group' : undefined}>
                  <th scope="row" className={row.level === 'variable' ? 'data-table__indent' : undefined}>
                    {row.label}
                  </th>
                  <td className="numeric">{weight(row.a)}</td>
                  <td className="numeric">{weight(row.b)}</td>
                  <td>{row.a !== row.b ? <strong>{t('changed')}</strong> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('bandsCaption', { a: a.year, b: b.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('band')}</th>
                <th scope="col">{a.year}</th>
                <th scope="col">{b.year}</th>
                <th scope="col">{t('difference')}</th>
              </tr>
            </thead>
            <tbody>
              {bandCodes.map((code) => {
                const ba = sa.gradeBands.find((band) => band.code === code);
                const bb = sb.gradeBands.find((band) => band.code === code);
                const text = (band: typeof ba) =>
                  band
                    ? t('range', { min: formatScore(band.min, t.locale), max: formatScore(band.max, t.locale), zone: tZone(band.zone) })
                    : t('absent');
                const differs = !ba || !bb || ba.min !== bb.min || ba.max !== bb.max || ba.zone !== bb.zone;
                return (
                  <tr key={code}>
                    <th scope="row">{code}</th>
                    <td>{text(ba)}</td>
                    <td>{text(bb)}</td>
                    <td>{differs ? <strong>{t('changed')}</strong> : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
      {onlyA.length > 0 ? <p>{t('onlyIn', { year: a.year, codes: onlyA.join(', ') })}</p> : null}
      {onlyB.length > 0 ? <p>{t('onlyIn', { year: b.year, codes: onlyB.join(', ') })}</p> : null}
    </>
  );
}
