import { useMutation } from '@apollo/client/react';
import { CreateUnitDocument, UpdateUnitDocument, type RegistryUnitFieldsFragment, type UnitKind } from '@patuh/graphql';
import { defineMessages, Dialog, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { unitKindMessages, unitKinds } from './labels';

const messages = defineMessages(
  {
    addTitle: 'Tambah unit layanan {institution}',
    editTitle: 'Ubah {name}',
    name: 'Nama unit',
    nameHint: 'Contoh: Dinas Kependudukan dan Pencatatan Sipil, atau UPT Puskesmas Pondok Ranji.',
    kind: 'Jenis unit',
    nameRequired: 'Isi nama unit (minimal 3 karakter).',
    conflict: 'Unit ini diubah orang lain sejak Anda membukanya. Tutup, muat ulang, lalu ulangi perubahan Anda.',
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
  },
  {
    addTitle: 'Add a service unit to {institution}',
    editTitle: 'Edit {name}',
    name: 'Unit name',
    nameHint: 'For example: Dinas Kependudukan dan Pencatatan Sipil, or UPT Puskesmas Pondok Ranji.',
    kind: 'Kind of unit',
    nameRequired: 'Enter the unit name (at least 3 characters).',
    conflict: 'Someone else changed this unit since you opened it. Close, reload, then make your change again.',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
);

type Unit = RegistryUnitFieldsFragment;

/** Adding a service unit to a body, or editing one against the version read. */
export function UnitFormDialog({
  institution,
  unit,
  onDone,
  onCancel,
}: {
  institution: { id: string; name: string };
  unit?: Unit;
  onDone: (unit: Unit) => void;
  onCancel: () => void;
}) {
  const t = useT(messages);
  const tKind = useT(unitKindMessages);
  const errorText = useApiErrorText();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? 'DPMPTSP');
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateUnitDocument, { refetchQueries: ['RegistryInstitution'] });
  const [update, updating] = useMutation(UpdateUnitDocument);
  const busy = creating.loading || updating.loading;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (name.trim().length < 3) {
      setNameError(t('nameRequired'));
      nameRef.current?.focus();
      return;
    }
    setNameError(null);
    try {
      const saved = unit
        ? (await update({ variables: { id: unit.id, input: { name: name.trim(), kind, expectedUpdatedAt: unit.updatedAt } } })).data?.updateUnit
        : (await create({ variables: { input: { institutionId: institution.id, name: name.trim(), kind } } })).data?.createUnit;
      if (saved) onDone(saved);
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field?.endsWith('name')) {
        setNameError(errorText(apiError));
        nameRef.current?.focus();
      } else setFormError(apiError.code === 'CONFLICT' ? t('conflict') : errorText(apiError));
    }
  };

  return (
    <Dialog
      title={unit ? t('editTitle', { name: unit.name }) : t('addTitle', { institution: institution.name })}
      onClose={onCancel}
      busy={busy}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="submit" form="unit-form" className="button" disabled={busy}>
            {busy ? t('saving') : t('save')}
          </button>
        </>
      }
    >
      <form id="unit-form" className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {formError ? (
          <div className="notice notice--error" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <Field label={t('name')} hint={t('nameHint')} error={nameError}>
          {(control) => <input {...control} ref={nameRef} data-autofocus autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('kind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.target.value as UnitKind)}>
              {unitKinds.map((option) => (
                <option key={option} value={option}>
                  {tKind(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
