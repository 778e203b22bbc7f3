import { useMutation, useQuery } from '@apollo/client/react';
import { AdminInviteUserDocument, AdminProvincesDocument, AdminUpdateUserDocument, type AdminUserFieldsFragment, type Role } from '@patuh/graphql';
import { defineMessages, Dialog, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import type { ComboboxOption } from '../../components/Combobox';
import { Field } from '../../components/Field';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { roleMessages } from '../session/roles';

const messages = defineMessages(
  {
    inviteTitle: 'Undang pengguna',
    editTitle: 'Ubah peran dan cakupan {name}',
    inviteIntro: 'Pengguna menerima e-mel berisi tautan untuk membuat kata sandi, berlaku 7 hari dan sekali pakai.',
    editIntro: 'Perubahan peran atau cakupan langsung mengakhiri semua sesi pengguna ini.',
    name: 'Nama',
    email: 'E-mel',
    role: 'Peran',
    province: 'Provinsi kantor perwakilan',
    chooseProvince: '— pilih provinsi —',
    institution: 'Instansi',
    institutionHint: 'Ketik sebagian nama atau kode instansi.',
    invite: 'Kirim undangan',
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    nameRequired: 'Isi nama (minimal 2 karakter).',
    emailInvalid: 'Isi alamat e-mel yang lengkap, contoh: nama@ombudsman.go.id.',
    provinceRequired: 'Staf perwakilan memerlukan provinsi.',
    institutionRequired: 'Petugas instansi memerlukan instansi.',
  },
  {
    inviteTitle: 'Invite a user',
    editTitle: "Change {name}'s role and scope",
    inviteIntro: 'The user receives an e-mail with a link to create a password, valid for 7 days, once.',
    editIntro: "A change of role or scope ends all of this user's sessions at once.",
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    province: "Province of the regional office",
    chooseProvince: '— choose a province —',
    institution: 'Institution',
    institutionHint: "Type part of the body's name or code.",
    invite: 'Send the invitation',
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    nameRequired: 'Enter the name (at least 2 characters).',
    emailInvalid: 'Enter a complete e-mail address, for example: name@ombudsman.go.id.',
    provinceRequired: 'Regional staff need a province.',
    institutionRequired: 'Institution officers need an institution.',
  },
);

const roles: readonly Role[] = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER'];
type FieldName = 'name' | 'email' | 'role' | 'provinceCode' | 'institutionId';

export interface UserFormDialogProps {
  /** The user to edit; inviting when absent. */
  user?: AdminUserFieldsFragment;
  onDone: (user: AdminUserFieldsFragment) => void;
  onCancel: () => void;
}

/** Inviting a person, or changing a user's role and scope: a role comes with the scope it needs. */
export function UserFormDialog({ user, onDone, onCancel }: UserFormDialogProps) {
  const t = useT(messages);
  const tRole = useT(roleMessages);
  const errorText = useApiErrorText();
  const provinces = useQuery(AdminProvincesDocument);
  const [invite, inviting] = useMutation(AdminInviteUserDocument, { refetchQueries: ['AdminUsers'] });
  const [update, updating] = useMutation(AdminUpdateUserDocument);
  const [name, setName] = useState(user?.name ?? '');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'VERIFIER');
  const [provinceCode, setProvinceCode] = useState(user?.province?.code ?? '');
  const [institution, setInstitution] = useState<ComboboxOption | null>(user?.institution ? { id: user.institution.id, label: user.institution.name } : null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs = { name: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null), role: useRef<HTMLSelectElement>(null), provinceCode: useRef<HTMLSelectElement>(null) };
  const busy = inviting.loading || updating.loading;

  const focus = (field: FieldName) => {
    if (field === 'institutionId') document.querySelector<HTMLInputElement>('.user-form [role="combobox"]')?.focus();
    else refs[field].current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<FieldName, string>> = {};
    if (name.trim().length < 2) found.name = t('nameRequired');
    if (!user && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('emailInvalid');
    if (role === 'REGIONAL_STAFF' && !provinceCode) found.provinceCode = t('provinceRequired');
    if (role === 'INSTITUTION_OFFICER' && !institution) found.institutionId = t('institutionRequired');
    setErrors(found);
    setFormError(null);
    const first = (['name', 'email', 'role', 'provinceCode', 'institutionId'] as const).find((field) => found[field]);
    if (first) return focus(first);
    const scope = {
      name: name.trim(),
      role,
      provinceCode: role === 'REGIONAL_STAFF' ? provinceCode : null,
      institutionId: role === 'INSTITUTION_OFFICER' ? (institution?.id ?? null) : null,
    };
    try {
      const saved = user
        ? (await update({ variables: { id: user.id, input: scope } })).data?.updateUser
        : (await invite({ variables: { input: { ...scope, email: email.trim() } } })).data?.inviteUser;
      if (saved) onDone(saved);
    } catch (error) {
      const apiError = readApiError(error);
      const field = apiError.field?.replace(/^input\./, '') as FieldName | undefined;
      if (apiError.code === 'BAD_USER_INPUT' && field && ['name', 'email', 'role', 'provinceCode', 'institutionId'].includes(field)) {
        setErrors({ [field]: errorText(apiError) });
        focus(field);
      } else {
        setFormError(errorText(apiError));
      }
    }
  };

  return (
    <Dialog
      title={user ? t('editTitle', { name: user.name }) : t('inviteTitle')}
      onClose={onCancel}
      busy={busy}
      size="wide"
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('cancel')}
          </button>
          <button type="submit" form="user-form" className="button" disabled={busy}>
            {busy ? t('saving') : user ? t('save') : t('invite')}
          </button>
        </>
      }
    >
      <p>{user ? t('editIntro') : t('inviteIntro')}</p>
      <form id="user-form" className="form user-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {formError ? (
          <div className="notice notice--error" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <Field label={t('name')} error={errors.name}>
          {(control) => <input {...control} ref={refs.name} data-autofocus autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        {user ? null : (
          <Field label={t('email')} error={errors.email}>
            {(control) => (
              <input {...control} ref={refs.email} type="email" autoComplete="off" spellCheck={false} value={email} onChange={(event) => setEmail(event.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('role')} error={errors.role}>
          {(control) => (
            <select {...control} ref={refs.role} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {roles.map((option) => (
                <option key={option} value={option}>
                  {tRole(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === 'REGIONAL_STAFF' ? (
          <Field label={t('province')} error={errors.provinceCode}>
            {(control) => (
              <select {...control} ref={refs.provinceCode} value={provinceCode} onChange={(event) => setProvinceCode(event.target.value)}>
                <option value="">{t('chooseProvince')}</option>
                {(provinces.data?.provinces ?? []).map((province) => (
                  <option key={province.code} value={province.code}>
                    {province.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {role === 'INSTITUTION_OFFICER' ? (
          <InstitutionPicker label={t('institution')} hint={t('institutionHint')} error={errors.institutionId} value={institution} onChange={setInstitution} />
        ) : null}
      </form>
    </Dialog>
  );
}
