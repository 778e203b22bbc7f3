import { useMutation } from '@apollo/client/react';
import { ApplySamplingRulesDocument, type ApplySamplingRulesMutation } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, useT } from '@patuh/ui';
import { useState } from 'react';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { useProvinces } from '../registry/listFilters';
import type { Viewer } from '../session/roles';

type SamplingChange = ApplySamplingRulesMutation['applySamplingRules'];

const messages = defineMessages(
  {
    heading: 'Aturan sampel',
    intro: 'Menjadikan sampel setiap instansi aktif dan unitnya menurut aturan: kabupaten/kota DPMPTSP, Disdukcapil, Dinas Sosial, Dinas Pendidikan, Dinas Kesehatan dan paling banyak 2 Puskesmas; provinsi DPMPTSP, Dinas Pendidikan, Dinas Kesehatan, Dinas Sosial dan satu RSUD; kementerian/lembaga setiap unit aktifnya. Yang sudah menjadi sampel tidak berubah.',
    scope: 'Cakupan',
    national: 'Nasional (semua provinsi, kementerian dan lembaga)',
    apply: 'Terapkan aturan sampel',
    title: 'Terapkan aturan sampel untuk {scope}?',
    body: 'Instansi aktif di {scope} dan unit layanannya menurut aturan menjadi sampel siklus ini, masing-masing dengan penilaian draf yang kosong.',
    confirm: 'Ya, terapkan',
    result: 'Aturan diterapkan untuk {scope}: {institutions} instansi dan {units} unit ditambahkan.',
  },
  {
    heading: 'Sampling rules',
    intro: 'Samples every active body and its units by the rules: regencies and cities DPMPTSP, Disdukcapil, social affairs, education, health and up to 2 community health centres; provinces DPMPTSP, education, health, social affairs and one regional hospital; ministries and agencies every active unit. What is already sampled stays as it is.',
    scope: 'Scope',
    national: 'National (every province, ministry and agency)',
    apply: 'Apply the sampling rules',
    title: 'Apply the sampling rules to {scope}?',
    body: 'Active bodies of {scope} and their service units by the rules are sampled in this cycle, each with an empty draft assessment.',
    confirm: 'Yes, apply them',
    result: 'Rules applied to {scope}: {institutions} bodies and {units} units added.',
  },
);

/** Applies the sampling rules nationally or to one province (a regional office: its own), and tells what they added. */
export function SamplingRules({ cycleId, viewer }: { cycleId: string; viewer: Viewer }) {
  const t = useT(messages);
  const { provinces, nameOf } = useProvinces();
  const ownProvince = viewer.role === 'REGIONAL_STAFF' ? (viewer.province?.code ?? '') : null;
  const [provinceCode, setProvinceCode] = useState(ownProvince ?? '');
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ scope: string; change: SamplingChange } | null>(null);
  const [apply, { loading, error, reset }] = useMutation(ApplySamplingRulesDocument, { refetchQueries: ['SampledUnits', 'CycleProgressByProvince'] });
  const scope = provinceCode ? (nameOf(provinceCode) ?? provinceCode) : t('national');

  const confirm = async () => {
    try {
      const answer = await apply({ variables: { cycleId, provinceCode: provinceCode || null } });
      if (answer.data) setResult({ scope, change: answer.data.applySamplingRules });
      setConfirming(false);
    } catch {
      // Shown in the dialog from the mutation's state.
    }
  };

  return (
    <section className="page-section" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('heading')}</h2>
      <p className="lead">{t('intro')}</p>
      <div className="field-row">
        <div className="field field--grow">
          <label className="field__label" htmlFor="rules-scope">
            {t('scope')}
          </label>
          <select id="rules-scope" value={provinceCode} disabled={ownProvince !== null} onChange={(event) => setProvinceCode(event.target.value)}>
            {ownProvince === null ? <option value="">{t('national')}</option> : null}
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          reset();
          setResult(null);
          setConfirming(true);
        }}
      >
        {t('apply')}
      </button>
      <div aria-live="polite">
        {result ? (
          <div className="notice notice--success">
            <p>{t('result', { scope: result.scope, institutions: result.change.institutionsAdded, units: result.change.unitsAdded })}</p>
          </div>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('title', { scope })}
          confirmLabel={t('confirm')}
          busy={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void confirm()}
          error={error ? <ApiErrorMessage error={error} /> : null}
        >
          <p>{t('body', { scope })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
