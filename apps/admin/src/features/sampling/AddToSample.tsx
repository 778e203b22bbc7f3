import { useMutation, useQuery } from '@apollo/client/react';
import { RegistryInstitutionDocument, SampledUnitsDocument, SampleInstitutionsDocument, SampleUnitsDocument, UnsampleInstitutionDocument } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, LoadingState, useT } from '@patuh/ui';
import { useState } from 'react';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import type { ComboboxOption } from '../../components/Combobox';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { unitKindMessages } from '../registry/labels';

const messages = defineMessages(
  {
    heading: 'Sampel per instansi',
    intro: 'Pilih instansi untuk melihat unit layanannya, menjadikan unit tertentu sampel, atau mengeluarkan instansi dari sampel.',
    institution: 'Pilih instansi',
    units: 'Unit layanan {name}',
    sampled: 'sudah menjadi sampel',
    inactive: 'nonaktif',
    noUnits: 'Instansi ini belum memiliki unit layanan aktif.',
    sampleUnits: 'Jadikan sampel: {count} unit terpilih',
    sampleBody: 'Jadikan instansi sampel tanpa unit',
    unsampleBody: 'Keluarkan instansi dari sampel',
    added: '{institutions} instansi dan {units} unit ditambahkan ke sampel.',
    removed: '{institutions} instansi dan {units} unit dikeluarkan dari sampel.',
    unsampleTitle: 'Keluarkan {name} dari sampel?',
    unsampleBody2: '{name} dan {count} unit sampelnya dikeluarkan dari siklus ini, bersama penilaian dan penugasannya. Jawaban yang sudah diisi ikut terhapus.',
    confirmUnsample: 'Ya, keluarkan',
  },
  {
    heading: 'Sample by institution',
    intro: 'Choose a body to see its service units, sample particular units, or take the body out of the sample.',
    institution: 'Choose an institution',
    units: 'Service units of {name}',
    sampled: 'already sampled',
    inactive: 'inactive',
    noUnits: 'This body has no active service unit yet.',
    sampleUnits: 'Sample {count} selected unit(s)',
    sampleBody: 'Sample the body without units',
    unsampleBody: 'Take the body out of the sample',
    added: '{institutions} bodies and {units} units added to the sample.',
    removed: '{institutions} bodies and {units} units taken out of the sample.',
    unsampleTitle: 'Take {name} out of the sample?',
    unsampleBody2: '{name} and its {count} sampled unit(s) leave this cycle, with their assessments and assignments. Answers already entered are deleted with them.',
    confirmUnsample: 'Yes, take it out',
  },
);

/** Sampling one body: choose its units, or take it out of the sample. */
export function AddToSample({ cycleId }: { cycleId: string }) {
  const t = useT(messages);
  const tKind = useT(unitKindMessages);
  const [institution, setInstitution] = useState<ComboboxOption | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const registry = useQuery(RegistryInstitutionDocument, { variables: { id: institution?.id ?? '' }, skip: !institution });
  const sampled = useQuery(SampledUnitsDocument, { variables: { cycleId, filter: { institutionId: institution?.id ?? '' }, first: 200 }, skip: !institution });
  const refetchQueries = ['SampledUnits', 'CycleProgressByProvince'];
  const [sampleUnits, samplingUnits] = useMutation(SampleUnitsDocument, { refetchQueries });
  const [sampleInstitutions, samplingBody] = useMutation(SampleInstitutionsDocument, { refetchQueries });
  const [unsample, unsampling] = useMutation(UnsampleInstitutionDocument, { refetchQueries });
  const error = samplingUnits.error ?? samplingBody.error;
  const busy = samplingUnits.loading || samplingBody.loading || unsampling.loading;
  const sampledIds = new Set((sampled.data?.sampledUnits.nodes ?? []).map((row) => row.unit.id));
  const units = (registry.data?.institution.units ?? []).filter((unit) => unit.active);

  const added = (change: { institutionsAdded: number; unitsAdded: number }) => {
    setNotice(t('added', { institutions: change.institutionsAdded, units: change.unitsAdded }));
    setSelected(new Set());
  };

  return (
    <section className="page-section" aria-labelledby="add-sample-heading">
      <h2 id="add-sample-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="narrow-page">
        <InstitutionPicker
          label={t('institution')}
          value={institution}
          onChange={(option) => {
            setInstitution(option);
            setSelected(new Set());
            setNotice(null);
          }}
        />
      </div>
      <div aria-live="polite">
        {notice ? (
          <div className="notice notice--success">
            <p>{notice}</p>
          </div>
        ) : null}
      </div>
      {error ? <ApiErrorMessage error={error} /> : null}
      {institution ? (
        registry.data && sampled.data ? (
          <fieldset className="fieldset unit-picker">
            <legend>{t('units', { name: institution.label })}</legend>
            {units.length === 0 ? <p>{t('noUnits')}</p> : null}
            {units.map((unit) => {
              const isSampled = sampledIds.has(unit.id);
              return (
                <label key={unit.id} className="checkbox">
                  <input
                    type="checkbox"
                    disabled={isSampled}
                    checked={isSampled || selected.has(unit.id)}
                    onChange={(event) =>
                      setSelected((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(unit.id);
                        else next.delete(unit.id);
                        return next;
                      })
                    }
                  />
                  <span>
                    {unit.name} <span className="muted">({tKind(unit.kind)})</span>
                    {isSampled ? <span className="tag">{t('sampled')}</span> : null}
                  </span>
                </label>
              );
            })}
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={busy || selected.size === 0}
                onClick={() =>
                  void sampleUnits({ variables: { cycleId, unitIds: [...selected] } })
                    .then((answer) => answer.data && added(answer.data.sampleUnits))
                    .catch(() => undefined)
                }
              >
                {t('sampleUnits', { count: selected.size })}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() =>
                  void sampleInstitutions({ variables: { cycleId, institutionIds: [institution.id] } })
                    .then((answer) => answer.data && added(answer.data.sampleInstitutions))
                    .catch(() => undefined)
                }
              >
                {t('sampleBody')}
              </button>
              <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
                {t('unsampleBody')}
              </button>
            </div>
          </fieldset>
        ) : (
          <LoadingState />
        )
      ) : null}
      {confirming && institution ? (
        <ConfirmDialog
          title={t('unsampleTitle', { name: institution.label })}
          confirmLabel={t('confirmUnsample')}
          tone="danger"
          busy={unsampling.loading}
          error={unsampling.error ? <ApiErrorMessage error={unsampling.error} /> : null}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void unsample({ variables: { cycleId, institutionId: institution.id } })
              .then((answer) => {
                setConfirming(false);
                if (answer.data) setNotice(t('removed', { institutions: answer.data.unsampleInstitution.institutionsRemoved, units: answer.data.unsampleInstitution.unitsRemoved }));
              })
              .catch(() => undefined)
          }
        >
          <p>{t('unsampleBody2', { name: institution.label, count: sampledIds.size })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
