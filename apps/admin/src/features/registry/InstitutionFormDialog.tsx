import { useMutation } from '@apollo/client/react';
import { CreateInstitutionDocument, UpdateInstitutionDocument, type InstitutionType, type RegistryInstitutionFieldsFragment } from '@patuh/graphql';
import { defineMessages, Dialog, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { useViewer } from '../session/useViewer';
import { institutionTypeMessages, institutionTypes, isRegional } from './labels';
import { useProvinces } from './listFilters';

const messages = defineMessages(
  {
    addTitle: 'Tambah instansi',
    editTitle: 'Ubah {name}',
    name: 'Nama',
    type: 'Jenis',
    code: 'Kode resmi',
    codeHint: 'Kode Kemendagri, contoh 36 untuk Banten atau 36.74 untuk Kota Tangerang Selatan. Wajib untuk pemerintah daerah; kebanyakan kementerian dan lembaga tidak memilikinya.',
    province: 'Provinsi',
    chooseProvince: '— pilih provinsi —',
    noProvince: 'Kementerian dan lembaga tidak berada di satu provinsi.',
    regionalOnly: 'Kantor perwakilan menambah pemerintah daerah di provinsinya sendiri.',
    nameRequired: 'Isi nama instansi (minimal 3 karakter).',
    codeRequired: 'Pemerintah daerah memerlukan kode resmi.',
    provinceRequired: 'Pemerintah daerah memerlukan provinsi.',
    conflict: 'Instansi ini diubah orang lain sejak Anda membukanya. Tutup, muat ulang, lalu ulangi perubahan Anda.',
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
  },
  {
    addTitle: 'Add an institution',
    editTitle: 'Edit {name}',
    name: 'Name',
    type: 'Type',
    code: 'Official code',
    codeHint: 'The Ministry of Home Affairs code, e.g. 36 for Banten or 36.74 for Kota Tangerang Selatan. Required for regional governments; most ministries and agencies have none.',
    province: 'Province',
    chooseProvince: '— choose a province —',
    noProvince: 'Ministries and agencies do not belong to one province.',
    regionalOnly: 'A regional office adds regional governments of its own province.',
    nameRequired: 'Enter the name (at least 3 characters).',
    codeRequired: 'Regional governments need an official code.',
    provinceRequired: 'Regional governments need a province.',
    conflict: 'Someone else changed this institution since you opened it. Close, reload, then make your change again.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
);

type FieldName = 'name' | 'type' | 'code' | 'provinceCode';
type Institution = RegistryInstitutionFieldsFragment;

/** Adding a body, or editing one against the version read (a later change by someone else is a conflict, never overwritten). */
export function InstitutionFormDialog({ institution, onDone, onCancel }: { institution?: Institution; onDone: (institution: Institution) => void; onCancel: () => void }) {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  const errorText = useApiErrorText();
  const { viewer } = useViewer();
  const { provinces } = useProvinces();
  const ownProvince = viewer?.role === 'REGIONAL_STAFF' ? (viewer.province?.code ?? null) : null;
  const types = ownProvince ? institutionTypes.filter(isRegional) : institutionTypes;
  const [name, setName] = useState(institution?.name ?? '');
  const [type, setType] = useState<InstitutionType>(institution?.type ?? (ownProvince ? 'KABUPATEN' : 'KEMENTERIAN'));
  const [code, setCode] = useState(institution?.code ?? '');
  const [provinceCode, setProvinceCode] = useState(institution?.provinceCode ?? ownProvince ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs = { name: useRef<HTMLInputElement>(null), type: useRef<HTMLSelectElement>(null), code: useRef<HTMLInputElement>(null), provinceCode: useRef<HTMLSelectElement>(null) };
  const [create, creating] = useMutation(CreateInstitutionDocument, { refetchQueries: ['RegistryInstitutions'] });
  const [update, updating] = useMutation(UpdateInstitutionDocument);
  const busy = creating.loading || updating.loading;
  const regional = isRegional(type);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (name.trim().length < 3) found.name = t('nameRequired');
    if (regional && !code.trim()) found.code = t('codeRequired');
    if (regional && !provinceCode) found.provinceCode = t('provinceRequired');
    setErrors(found);
    setFormError(null);
    const first = (['name', 'type', 'code', 'provinceCode'] as const).find((field) => found[field]);
    if (first) return refs[first].current?.focus();
    const fields = { name: name.trim(), type, code: code.trim() || null, provinceCode: regional ? provinceCode : null };
    try {
      const saved = institution
        ? (await update({ variables: { id: institution.id, input: { ...fields, expectedUpdatedAt: institution.updatedAt } } })).data?.updateInstitution
        : (await create({ variables: { input: fields } })).data?.createInstitution;
      if (saved) onDone(saved);
    } catch (error) {
      const apiError = readApiError(error);
      const field = apiError.field?.replace(/^input\./, '') as FieldName | undefined;
      if (apiError.code === 'BAD_USER_INPUT' && field && field in refs) {
        setErrors({ [field]: errorText(apiError) });
        refs[field].current?.focus();
      } else setFormError(apiError.code === 'CONFLICT' ? t('conflict') : errorText(apiError));
    }
  };

  return (
    <Dialog
      title={institution ? t('editTitle', { name: institution.name }) : t('addTitle')}
      onClose={onCancel}
      busy={busy}
      size="wide"
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="submit" form="institution-form" className="button" disabled={busy}>
            {busy ? t('saving') : t('save')}
          </button>
        </>
      }
    >
      {ownProvince ? <p className="muted">{t('regionalOnly')}</p> : null}
      <form id="institution-form" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {formError ? (
          <div className="notice notice--error" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <Field label={t('name')} error={errors.name}>
          {(control) => <input {...control} ref={refs.name} data-autofocus autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('type')} error={errors.type}>
          {(control) => (
            <select {...control} ref={refs.type} value={type} onChange={(event) => setType(event.target.value as InstitutionType)}>
              {types.map((option) => (
                <option key={option} value={option}>
                  {tType(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('code')} hint={t('codeHint')} error={errors.code}>
          {(control) => <input {...control} ref={refs.code} className="input--short" autoComplete="off" value={code} onChange={(event) => setCode(event.target.value)} />}
        </Field>
        <Field label={t('province')} hint={regional ? undefined : t('noProvince')} error={errors.provinceCode}>
          {(control) => (
            <select {...control} ref={refs.provinceCode} value={regional ? provinceCode : ''} disabled={!regional || ownProvince !== null} onChange={(event) => setProvinceCode(event.target.value)}>
              <option value="">{t('chooseProvince')}</option>
              {provinces.map((province) => (
                <option key={province.code} value={province.code}>
                  {province.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
