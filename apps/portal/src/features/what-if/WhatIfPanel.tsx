import type { AnswerValue, ImprovementOpportunity, SimulationResult } from '@patuh/scoring';
import { GradeBadge, defineMessages, useT } from '@patuh/ui';
import { useId, useMemo, useState } from 'react';
import { institutionTypePluralMessages } from '../format/labels';
import { formatDelta, formatScore } from '../format/numbers';
import { answerInWords } from '../methodology/scaleText';
import { AnswerControl } from './AnswerControl';
import { buildWhatIfInputs, goals, pathTo, runSimulation, suggestions, type Changes, type Goal, type WhatIfData } from './whatIfModel';

const messages = defineMessages(
  {
    suggestionsHeading: 'Perbaikan dengan dampak terbesar',
    suggestionsIntro: 'Satu langkah perbaikan pada indikator ini menambah skor instansi paling banyak.',
    suggestionsCaption: 'Saran perbaikan, dampak terbesar dulu',
    unit: 'Unit',
    indicator: 'Indikator',
    now: 'Sekarang',
    next: 'Satu langkah',
    gain: 'Tambahan skor instansi',
    add: 'Tambahkan',
    addNamed: 'Tambahkan {indicator} di {unit} ke simulasi',
    noSuggestions: 'Semua indikator yang tercatat sudah bernilai penuh.',
    pickHeading: 'Pilih indikator sendiri',
    pickUnit: 'Unit layanan',
    pickIndicator: 'Indikator',
    pickAdd: 'Tambahkan ke simulasi',
    changesHeading: 'Perubahan yang disimulasikan',
    changesCaption: 'Jawaban yang diubah dalam simulasi',
    noChanges: 'Belum ada perubahan. Tambahkan saran di atas atau pilih indikator sendiri.',
    newAnswer: 'Jawaban simulasi',
    newAnswerFor: 'Jawaban simulasi untuk {indicator} di {unit}',
    remove: 'Hapus',
    removeNamed: 'Hapus {indicator} di {unit} dari simulasi',
    clear: 'Hapus semua perubahan',
    resultHeading: 'Hasil simulasi',
    bodyScore: 'Skor instansi',
    grade: 'Predikat',
    scoreChange: '{before} → {after} ({delta})',
    rankNational: 'Peringkat nasional',
    rankType: 'Peringkat di antara {type}',
    rankProvince: 'Peringkat di provinsi',
    rankChange: '{before} → {after} dari {size}',
    unitsCaption: 'Skor unit yang berubah',
    unitNow: 'Skor sekarang',
    unitAfter: 'Skor simulasi',
    goalsHeading: 'Apa yang dibutuhkan',
    goalsIntro: 'Dengan skor instansi lain tetap seperti yang dipublikasikan.',
    nextGrade: 'Predikat {grade} ({label})',
    topGrade: 'Sudah di predikat tertinggi.',
    topTenOfType: '10 besar nasional di antara {type}',
    firstInProvince: 'Peringkat pertama di provinsi',
    target: 'Skor yang dibutuhkan: {score}.',
    neededNow: 'Dari skor yang dipublikasikan: +{points} poin.',
    neededAfter: 'Setelah perubahan simulasi: masih +{points} poin.',
    reached: 'Tercapai dengan perubahan simulasi ini.',
    alreadyThere: 'Sudah tercapai.',
    currentRank: 'Sekarang peringkat {rank} dari {size}.',
    showPath: 'Tunjukkan jalur ke sana',
    noPath: 'Target ini tidak tercapai hanya dengan memperbaiki indikator yang tercatat.',
    pathShown: 'Jalur ditambahkan ke simulasi: {count} perubahan.',
    cannotRun: 'Simulasi tidak dapat dijalankan untuk rapor ini: {reason}',
    incomplete: 'temuan yang tercatat tidak lengkap, atau metode tahun ini memakai bagian yang diukur di tingkat instansi (misalnya indeks kepercayaan masyarakat) yang belum tersedia untuk simulasi.',
    mismatch:
      'Skor yang dihitung dari temuan tercatat ({computed}) berbeda dari skor yang dipublikasikan ({published}); simulasi berangkat dari temuan tercatat.',
  },
  {
    suggestionsHeading: 'Improvements with the largest effect',
    suggestionsIntro: "One step of improvement on these indicators adds most to the body's score.",
    suggestionsCaption: 'Suggested improvements, largest effect first',
    unit: 'Unit',
    indicator: 'Indicator',
    now: 'Now',
    next: 'One step',
    gain: 'Added to the body score',
    add: 'Add',
    addNamed: 'Add {indicator} in {unit} to the simulation',
    noSuggestions: 'Every recorded indicator already has full marks.',
    pickHeading: 'Choose an indicator yourself',
    pickUnit: 'Service unit',
    pickIndicator: 'Indicator',
    pickAdd: 'Add to the simulation',
    changesHeading: 'Simulated changes',
    changesCaption: 'Answers changed in the simulation',
    noChanges: 'No changes yet. Add a suggestion above or choose an indicator yourself.',
    newAnswer: 'Simulated answer',
    newAnswerFor: 'Simulated answer for {indicator} in {unit}',
    remove: 'Remove',
    removeNamed: 'Remove {indicator} in {unit} from the simulation',
    clear: 'Remove all changes',
    resultHeading: 'Simulation result',
    bodyScore: 'Body score',
    grade: 'Grade',
    scoreChange: '{before} → {after} ({delta})',
    rankNational: 'National rank',
    rankType: 'Rank among {type}',
    rankProvince: 'Rank in the province',
    rankChange: '{before} → {after} of {size}',
    unitsCaption: 'Unit scores that change',
    unitNow: 'Score now',
    unitAfter: 'Simulated score',
    goalsHeading: 'What it takes',
    goalsIntro: "With every other body's score held as published.",
    nextGrade: 'Grade {grade} ({label})',
    topGrade: 'Already at the highest grade.',
    topTenOfType: 'National top 10 among {type}',
    firstInProvince: 'First in the province',
    target: 'Score needed: {score}.',
    neededNow: 'From the published score: +{points} points.',
    neededAfter: 'After the simulated changes: still +{points} points.',
    reached: 'Reached with these simulated changes.',
    alreadyThere: 'Already reached.',
    currentRank: 'Now ranked {rank} of {size}.',
    showPath: 'Show a path there',
    noPath: 'This goal cannot be reached by improving the recorded indicators alone.',
    pathShown: 'Path added to the simulation: {count} changes.',
    cannotRun: 'The simulation cannot run for this report card: {reason}',
    incomplete: "the recorded findings are incomplete, or this year's method uses a part measured for the whole body (such as the public-trust index) that is not available for simulation.",
    mismatch:
      'The score computed from the recorded findings ({computed}) differs from the published score ({published}); the simulation starts from the recorded findings.',
  },
);

export interface WhatIfPanelProps {
  data: WhatIfData;
  name: string;
  unitNames: ReadonlyMap<string, string>;
  publishedScore: number | null;
}

const SUGGESTIONS = 8;

/**
 * Change findings and see the projected unit and body score, grade and ranks, computed in the
 * browser by @patuh/scoring against the published cycle; and what each goal would take.
 */
export function WhatIfPanel({ data, name, unitNames, publishedScore }: WhatIfPanelProps) {
  const t = useT(messages);
  const tType = useT(institutionTypePluralMessages);
  const id = useId();
  const inputs = useMemo(() => buildWhatIfInputs(data, name), [data, name]);
  const [changes, setChanges] = useState<Changes>({});
  const [pathMessage, setPathMessage] = useState<string | null>(null);
  const [pickUnit, setPickUnit] = useState(inputs.institution.units[0]?.id ?? '');
  const [pickIndicator, setPickIndicator] = useState(inputs.indicatorOrder[0] ?? '');

  const simulation = useMemo<SimulationResult>(() => runSimulation(inputs, changes), [inputs, changes]);
  const suggested = useMemo(() => suggestions(inputs, changes, SUGGESTIONS), [inputs, changes]);
  const goalList = useMemo(() => goals(inputs, simulation), [inputs, simulation]);

  const title = (code: string) => inputs.indicators.get(code)?.title[t.locale] ?? code;
  const unitName = (unitId: string) => unitNames.get(unitId) ?? unitId;
  const recorded = (unitId: string, code: string) => inputs.institution.units.find((u) => u.id === unitId)?.answers[code];
  const num = (value: number) => formatScore(value, t.locale);

  const setAnswer = (unitId: string, code: string, value: AnswerValue) => {
    setPathMessage(null);
    setChanges((current) => ({ ...current, [unitId]: { ...current[unitId], [code]: value } }));
  };
  const remove = (unitId: string, code: string) => {
    setPathMessage(null);
    setChanges((current) => {
      const { [code]: _removed, ...rest } = current[unitId] ?? {};
      const next = { ...current, [unitId]: rest };
      if (Object.keys(rest).length === 0) delete next[unitId];
      return next;
    });
  };
  const addPicked = () => {
    const current = recorded(pickUnit, pickIndicator);
    const scale = inputs.indicators.get(pickIndicator)?.scale;
    // Start from the recorded answer; an unanswered or not-applicable one starts at the scale's lowest.
    const start: AnswerValue =
      typeof current === 'number' || typeof current === 'boolean'
        ? current
        : scale?.kind === 'YES_NO'
          ? false
          : scale?.kind === 'ORDINAL'
            ? (scale.levels[0]?.value ?? 0)
            : scale?.kind === 'NUMERIC'
              ? scale.normalisation.min
              : 0;
    setAnswer(pickUnit, pickIndicator, changes[pickUnit]?.[pickIndicator] ?? start);
  };
  const showPath = (goal: Goal) => {
    if (goal.targetScore === null) return;
    const path = pathTo(inputs, changes, goal.targetScore);
    if (!path) {
      setPathMessage(t('noPath'));
      return;
    }
    setChanges(path);
    setPathMessage(t('pathShown', { count: Object.values(path).reduce((n, answers) => n + Object.keys(answers).length, 0) }));
  };

  if (simulation.before.score === null) {
    return <p className="notice">{t('cannotRun', { reason: t('incomplete') })}</p>;
  }

  const rows = Object.entries(changes).flatMap(([unitId, answers]) => Object.entries(answers).map(([code, value]) => ({ unitId, code, value })));
  const changedUnits = simulation.units.filter((unit) => unit.after.score !== unit.before.score);
  const before = simulation.before;
  const after = simulation.after;

  return (
    <div className="what-if">
      {publishedScore !== null && before.score !== publishedScore ? (
        <p className="notice">{t('mismatch', { computed: num(before.score ?? 0), published: num(publishedScore) })}</p>
      ) : null}

      <section className="page-section what-if__result" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{t('resultHeading')}</h2>
        <div role="status" aria-live="polite" aria-atomic="true">
          <dl className="stat-list">
            <div className="stat-list__item">
              <dt className="stat-list__label">{t('bodyScore')}</dt>
              <dd className="stat-list__value" data-testid="projected-score">
                {t('scoreChange', { before: num(before.score ?? 0), after: num(after.score ?? 0), delta: formatDelta(simulation.delta ?? 0, t.locale) })}
              </dd>
            </div>
            <div className="stat-list__item">
              <dt className="stat-list__label">{t('grade')}</dt>
              <dd className="stat-list__value stat-list__value--text">
                {before.grade ? <GradeBadge code={before.grade.code} label={before.grade.label[t.locale]} zone={before.grade.zone} /> : '—'}
                {simulation.gradeChanged && after.grade ? (
                  <>
                    {' → '}
                    <GradeBadge code={after.grade.code} label={after.grade.label[t.locale]} zone={after.grade.zone} />
                  </>
                ) : null}
              </dd>
            </div>
            {simulation.ranks.map((rank, index) => (
              <div className="stat-list__item" key={index}>
                <dt className="stat-list__label">
                  {rank.scope.provinceCode ? t('rankProvince') : rank.scope.types ? t('rankType', { type: tType(inputs.institution.type).toLowerCase() }) : t('rankNational')}
                </dt>
                <dd className="stat-list__value">
                  {t('rankChange', {
                    before: rank.before ? t.formatNumber(rank.before.rank) : '—',
                    after: rank.after ? t.formatNumber(rank.after.rank) : '—',
                    size: t.formatNumber(rank.size),
                  })}
                </dd>
              </div>
            ))}
          </dl>
        </div>
        {changedUnits.length > 0 ? (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('unitsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col" className="numeric">
                    {t('unitNow')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('unitAfter')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {changedUnits.map((unit) => (
                  <tr key={unit.id}>
                    <th scope="row">{unitName(unit.id)}</th>
                    <td className="numeric">{unit.before.score === null ? '—' : num(unit.before.score)}</td>
                    <td className="numeric">{unit.after.score === null ? '—' : num(unit.after.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section className="page-section" aria-labelledby={`${id}-changes`}>
        <h2 id={`${id}-changes`}>{t('changesHeading')}</h2>
        {rows.length === 0 ? (
          <p>{t('noChanges')}</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('changesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col">{t('now')}</th>
                    <th scope="col">{t('newAnswer')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ unitId, code, value }) => {
                    const info = inputs.indicators.get(code);
                    return (
                      <tr key={`${unitId}-${code}`}>
                        <td>{unitName(unitId)}</td>
                        <th scope="row">
                          <code>{code}</code> {title(code)}
                        </th>
                        <td>{answerInWords(info?.scale, recorded(unitId, code), t.locale)}</td>
                        <td>
                          {info ? (
                            <AnswerControl
                              scale={info.scale}
                              value={value}
                              label={t('newAnswerFor', { indicator: code, unit: unitName(unitId) })}
                              onChange={(next) => setAnswer(unitId, code, next)}
                            />
                          ) : null}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t('removeNamed', { indicator: code, unit: unitName(unitId) })}
                            onClick={() => remove(unitId, code)}
                          >
                            {t('remove')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPathMessage(null);
                setChanges({});
              }}
            >
              {t('clear')}
            </button>
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby={`${id}-goals`}>
        <h2 id={`${id}-goals`}>{t('goalsHeading')}</h2>
        <p>{t('goalsIntro')}</p>
        <p role="status" className="what-if__path-status">
          {pathMessage ?? ''}
        </p>
        <ul className="goal-list">
          {goalList.map((goal) => (
            <li key={goal.kind} className="goal-card">
              <h3>
                {goal.kind === 'nextGrade'
                  ? goal.nextGrade
                    ? t('nextGrade', { grade: goal.nextGrade.code, label: goal.nextGrade.label[t.locale] })
                    : t('topGrade')
                  : goal.kind === 'topTenOfType'
                    ? t('topTenOfType', { type: tType(inputs.institution.type).toLowerCase() })
                    : t('firstInProvince')}
              </h3>
              {goal.targetScore !== null && (goal.kind !== 'nextGrade' || goal.nextGrade) ? (
                <>
                  <p>{t('target', { score: num(goal.targetScore) })}</p>
                  {goal.rank?.currentRank ? (
                    <p>{t('currentRank', { rank: t.formatNumber(goal.rank.currentRank), size: t.formatNumber(goal.rank.scopeSize) })}</p>
                  ) : null}
                  {goal.neededNow === 0 ? (
                    <p>{t('alreadyThere')}</p>
                  ) : (
                    <>
                      <p>{t('neededNow', { points: num(goal.neededNow ?? 0) })}</p>
                      {rows.length > 0 ? <p>{goal.neededAfter === 0 ? t('reached') : t('neededAfter', { points: num(goal.neededAfter ?? 0) })}</p> : null}
                      {goal.neededAfter !== 0 ? (
                        <button type="button" className="button button--secondary" onClick={() => showPath(goal)}>
                          {t('showPath')}
                        </button>
                      ) : null}
                    </>
                  )}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section className="page-section" aria-labelledby={`${id}-suggestions`}>
        <h2 id={`${id}-suggestions`}>{t('suggestionsHeading')}</h2>
        <p>{t('suggestionsIntro')}</p>
        {suggested.length === 0 ? (
          <p>{t('noSuggestions')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('suggestionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('indicator')}</th>
                  <th scope="col">{t('now')}</th>
                  <th scope="col">{t('next')}</th>
                  <th scope="col" className="numeric">
                    {t('gain')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('add')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {suggested.map((opportunity: ImprovementOpportunity) => {
                  const unitId = opportunity.unitId ?? '';
                  const scale = inputs.indicators.get(opportunity.indicatorCode)?.scale;
                  return (
                    <tr key={`${unitId}-${opportunity.indicatorCode}`}>
                      <td>{unitName(unitId)}</td>
                      <th scope="row">
                        <code>{opportunity.indicatorCode}</code> {title(opportunity.indicatorCode)}
                      </th>
                      <td>{answerInWords(scale, opportunity.currentValue, t.locale)}</td>
                      <td>{answerInWords(scale, opportunity.nextValue, t.locale)}</td>
                      <td className="numeric">+{new Intl.NumberFormat(t.locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 4 }).format(opportunity.institutionPointsPerStep)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={t('addNamed', { indicator: opportunity.indicatorCode, unit: unitName(unitId) })}
                          onClick={() => setAnswer(unitId, opportunity.indicatorCode, opportunity.nextValue)}
                        >
                          {t('add')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <h3>{t('pickHeading')}</h3>
        <div className="filters__grid">
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('pickUnit')}</label>
            <select id={`${id}-unit`} value={pickUnit} onChange={(event) => setPickUnit(event.target.value)}>
              {inputs.institution.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unitName(unit.id)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-indicator`}>{t('pickIndicator')}</label>
            <select id={`${id}-indicator`} value={pickIndicator} onChange={(event) => setPickIndicator(event.target.value)}>
              {inputs.indicatorOrder.map((code) => (
                <option key={code} value={code}>
                  {code} — {title(code)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="button" className="button" onClick={addPicked}>
          {t('pickAdd')}
        </button>
      </section>
    </div>
  );
}
