import { ConfirmDialog, defineMessages, useLocale, useT } from '@patuh/ui';
import { Fragment, useState, type ReactNode } from 'react';
import {
  dataSources,
  getIn,
  newDimension,
  newIndicator,
  newScale,
  newVariable,
  pathToString,
  scaleKinds,
  unusedCode,
  weightSumHundredths,
  type DraftDimension,
  type DraftIndicator,
  type DraftNumber,
  type DraftVariable,
  type Path,
  type ScaleKind,
} from './draft';
import { BilingualFields, CheckboxField, NumberField, SelectField, TextField, useEditor } from './fields';
import { IssuesAt } from './IssueMessages';
import { useIssues } from './issues';
import { TreeNode } from './openNodes';
import { ScaleEditor } from './ScaleEditor';

const messages = defineMessages(
  {
    heading: 'Dimensi, variabel, dan indikator',
    intro: 'Bobot dalam persen dari induknya; bobot dalam setiap daftar berjumlah 100.',
    sum: 'Jumlah bobot: {sum} dari 100',
    code: 'Kode',
    weight: 'Bobot (%)',
    dimension: 'Dimensi',
    variable: 'Variabel',
    indicator: 'Indikator',
    variables: '{count} variabel',
    indicators: '{count} indikator',
    issues: '{count} masalah',
    untitled: '(tanpa judul)',
    addDimension: 'Tambah dimensi',
    addVariable: 'Tambah variabel ke {parent}',
    addIndicator: 'Tambah indikator ke {parent}',
    remove: 'Hapus {node}',
    removeTitle: 'Hapus {node}?',
    removeBody: 'Bagian ini dihapus dari rancangan beserta semua isinya. Perubahan baru berlaku setelah metodologi disimpan; sebelum itu, Anda dapat membatalkan semua perubahan.',
    removeConfirm: 'Ya, hapus',
    scaleKind: 'Jenis skala',
    YES_NO: 'Ya/tidak',
    ORDINAL: 'Tingkat (ordinal)',
    PERCENTAGE: 'Persentase',
    NUMERIC: 'Angka dengan normalisasi',
    source: 'Sumber data',
    noSource: '— tidak disebut —',
    DOCUMENT: 'Dokumen',
    OBSERVATION: 'Observasi',
    STAFF_INTERVIEW: 'Wawancara pelaksana',
    USER_INTERVIEW: 'Wawancara pengguna layanan',
    COMPLAINT_OFFICIAL_INTERVIEW: 'Wawancara pengelola pengaduan',
    SECONDARY_DATA: 'Data sekunder',
    SURVEY: 'Survei',
    allowNotApplicable: 'Boleh dinyatakan tidak berlaku untuk suatu unit',
  },
  {
    heading: 'Dimensions, variables and indicators',
    intro: 'Weights in percent of their parent; the weights in each list add up to 100.',
    sum: 'Sum of weights: {sum} of 100',
    code: 'Code',
    weight: 'Weight (%)',
    dimension: 'Dimension',
    variable: 'Variable',
    indicator: 'Indicator',
    variables: '{count} variables',
    indicators: '{count} indicators',
    issues: '{count} issues',
    untitled: '(untitled)',
    addDimension: 'Add a dimension',
    addVariable: 'Add a variable to {parent}',
    addIndicator: 'Add an indicator to {parent}',
    remove: 'Remove {node}',
    removeTitle: 'Remove {node}?',
    removeBody: 'This part is removed from the draft with everything in it. Nothing changes until the methodology is saved; until then, you can discard all changes.',
    removeConfirm: 'Yes, remove',
    scaleKind: 'Kind of scale',
    YES_NO: 'Yes/no',
    ORDINAL: 'Levels (ordinal)',
    PERCENTAGE: 'Percentage',
    NUMERIC: 'Number with normalisation',
    source: 'Data source',
    noSource: '— not stated —',
    DOCUMENT: 'Documents',
    OBSERVATION: 'Observation',
    STAFF_INTERVIEW: 'Staff interviews',
    USER_INTERVIEW: 'Service user interviews',
    COMPLAINT_OFFICIAL_INTERVIEW: 'Complaint official interviews',
    SECONDARY_DATA: 'Secondary data',
    SURVEY: 'Survey',
    allowNotApplicable: 'May be declared not applicable to a unit',
  },
);

type T = ReturnType<typeof useT<typeof messages.id>>;

function formatWeight(value: DraftNumber, locale: string): string {
  return typeof value === 'number' ? (locale === 'id' ? String(value).replace('.', ',') : String(value)) : value || '—';
}

/** "Jumlah bobot: 100,15 dari 100", shown above each list so a wrong sum is seen while typing. */
function WeightSum({ weights }: { weights: readonly DraftNumber[] }) {
  const t = useT(messages);
  const sum = weightSumHundredths(weights);
  if (sum === null) return null;
  const text = (sum / 100).toFixed(2);
  return <p className={`weight-sum${sum === 10000 ? '' : ' weight-sum--off'}`}>{t('sum', { sum: t.locale === 'id' ? text.replace('.', ',') : text })}</p>;
}

function IssueCount({ path }: { path: Path }) {
  const t = useT(messages);
  const count = useIssues().within(pathToString(path));
  return count > 0 ? <span className="tag tag--issues">{t('issues', { count })}</span> : null;
}

function nodeName(node: { code: string; title: { id: string; en: string } }, locale: 'id' | 'en', t: T): string {
  const title = node.title[locale] || node.title.id;
  return `${node.code || '?'} ${title || t('untitled')}`;
}

/** The tree of the methodology: dimensions, their variables, their indicators, each with its weight and scale. */
export function MethodologyTree() {
  const t = useT(messages);
  const { doc, update, readOnly } = useEditor();
  const addDimension = () => {
    const code = unusedCode(doc, 'D');
    update(['dimensions'], [...doc.dimensions, newDimension(code, unusedCode(doc, `${code}-V`), unusedCode(doc, `${code}-I`))]);
  };
  return (
    <section className="page-section" aria-labelledby="methodology-tree-heading">
      <h2 id="methodology-tree-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <WeightSum weights={doc.dimensions.map((dimension) => dimension.weight)} />
      <IssuesAt path="dimensions" />
      {doc.dimensions.map((dimension, index) => (
        <DimensionEditor key={index} dimension={dimension} path={['dimensions', index]} />
      ))}
      {readOnly ? null : (
        <button type="button" className="button button--secondary" onClick={addDimension}>
          {t('addDimension')}
        </button>
      )}
    </section>
  );
}

/** Removing a node takes everything below it, so it asks first; nothing is lost until the methodology is saved. */
function RemoveButton({ path, name }: { path: Path; name: string }) {
  const t = useT(messages);
  const { doc, update, readOnly } = useEditor();
  const [confirming, setConfirming] = useState(false);
  if (readOnly) return null;
  const listPath = path.slice(0, -1);
  const index = path[path.length - 1];
  const remove = () => {
    const list = getIn(doc, listPath);
    if (Array.isArray(list)) update(listPath, list.filter((_, i) => i !== index));
    setConfirming(false);
  };
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)}>
        {t('remove', { node: name })}
      </button>
      {confirming ? (
        <ConfirmDialog title={t('removeTitle', { node: name })} confirmLabel={t('removeConfirm')} tone="danger" onConfirm={remove} onCancel={() => setConfirming(false)}>
          <p>{t('removeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

interface BranchEditorProps<Child> {
  node: DraftDimension | DraftVariable;
  path: Path;
  kind: 'dimension' | 'variable';
  /** Where the children sit in the node: their weights must add up to 100. */
  childKey: 'variables' | 'indicators';
  items: readonly Child[];
  weightOf: (child: Child) => DraftNumber;
  /** The summary's count of children, e.g. "3 variabel". */
  count: string;
  addLabel: (name: string) => string;
  onAdd: () => void;
  renderChild: (child: Child, path: Path) => ReactNode;
}

/** A dimension or a variable: its code, weight and title, then its children and a button to add one. */
function BranchEditor<Child>({ node, path, kind, childKey, items, weightOf, count, addLabel, onAdd, renderChild }: BranchEditorProps<Child>) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { readOnly } = useEditor();
  const name = nodeName(node, locale, t);
  return (
    <TreeNode
      path={pathToString(path)}
      className={`tree-node tree-node--${kind}`}
      summary={
        <>
          <span className="tree-node__kind">{t(kind)}</span> <span className="tree-node__name">{name}</span>{' '}
          <span className="tree-node__weight">{formatWeight(node.weight, locale)} %</span> <span className="muted">{count}</span>{' '}
          <IssueCount path={path} />
        </>
      }
    >
      {() => (
        <>
          <div className="field-row">
            <TextField path={[...path, 'code']} label={t('code')} context={name} className="field--code" />
            <NumberField path={[...path, 'weight']} label={t('weight')} context={name} />
          </div>
          <BilingualFields path={[...path, 'title']} context={name} />
          <WeightSum weights={items.map(weightOf)} />
          <IssuesAt path={pathToString(path)} />
          <IssuesAt path={pathToString([...path, childKey])} />
          {items.map((child, index) => (
            <Fragment key={index}>{renderChild(child, [...path, childKey, index])}</Fragment>
          ))}
          {readOnly ? null : (
            <div className="button-row">
              <button type="button" className="button button--secondary button--small" onClick={onAdd}>
                {addLabel(name)}
              </button>
              <RemoveButton path={path} name={name} />
            </div>
          )}
        </>
      )}
    </TreeNode>
  );
}

function DimensionEditor({ dimension, path }: { dimension: DraftDimension; path: Path }) {
  const t = useT(messages);
  const { doc, update } = useEditor();
  const addVariable = () => {
    const code = unusedCode(doc, `${dimension.code || 'V'}-V`);
    update([...path, 'variables'], [...dimension.variables, newVariable(code, unusedCode(doc, `${code}-`))]);
  };
  return (
    <BranchEditor
      node={dimension}
      path={path}
      kind="dimension"
      childKey="variables"
      items={dimension.variables}
      weightOf={(variable) => variable.weight}
      count={t('variables', { count: dimension.variables.length })}
      addLabel={(name) => t('addVariable', { parent: name })}
      onAdd={addVariable}
      renderChild={(variable, childPath) => <VariableEditor variable={variable} path={childPath} />}
    />
  );
}

function VariableEditor({ variable, path }: { variable: DraftVariable; path: Path }) {
  const t = useT(messages);
  const { doc, update } = useEditor();
  const addIndicator = () => {
    update([...path, 'indicators'], [...variable.indicators, newIndicator(unusedCode(doc, `${variable.code || 'I'}-`))]);
  };
  return (
    <BranchEditor
      node={variable}
      path={path}
      kind="variable"
      childKey="indicators"
      items={variable.indicators}
      weightOf={(indicator) => indicator.weight}
      count={t('indicators', { count: variable.indicators.length })}
      addLabel={(name) => t('addIndicator', { parent: name })}
      onAdd={addIndicator}
      renderChild={(indicator, childPath) => <IndicatorEditor indicator={indicator} path={childPath} />}
    />
  );
}

function IndicatorEditor({ indicator, path }: { indicator: DraftIndicator; path: Path }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const { update, readOnly } = useEditor();
  const name = nodeName(indicator, locale, t);
  return (
    <TreeNode
      path={pathToString(path)}
      className="tree-node tree-node--indicator"
      summary={
        <>
          <span className="tree-node__kind">{t('indicator')}</span> <span className="tree-node__name">{name}</span>{' '}
          <span className="tree-node__weight">{formatWeight(indicator.weight, locale)} %</span>{' '}
          <span className="muted">{t(indicator.scale.kind)}</span> <IssueCount path={path} />
        </>
      }
    >
      {() => (
      <>
        <div className="field-row">
          <TextField path={[...path, 'code']} label={t('code')} context={name} className="field--code" />
          <NumberField path={[...path, 'weight']} label={t('weight')} context={name} />
          <SelectField
            path={[...path, 'source']}
            label={t('source')}
            context={name}
            options={[{ value: '', label: t('noSource') }, ...dataSources.map((source) => ({ value: source, label: t(source) }))]}
            onSelect={(value) => update([...path, 'source'], value || undefined)}
          />
        </div>
        <BilingualFields path={[...path, 'title']} context={name} />
        <CheckboxField path={[...path, 'allowNotApplicable']} label={t('allowNotApplicable')} context={name} />
        <IssuesAt path={pathToString(path)} />
        <SelectField
          path={[...path, 'scale', 'kind']}
          label={t('scaleKind')}
          context={name}
          options={scaleKinds.map((kind) => ({ value: kind, label: t(kind) }))}
          // Another kind of scale has other fields: it starts from that kind's defaults.
          onSelect={(kind) => update([...path, 'scale'], newScale(kind as ScaleKind))}
        />
        <ScaleEditor scale={indicator.scale} path={[...path, 'scale']} context={name} />
        {readOnly ? null : (
          <div className="button-row">
            <RemoveButton path={path} name={name} />
          </div>
        )}
      </>
      )}
    </TreeNode>
  );
}
