import { useMutation } from '@apollo/client/react';
import { StaffAcceptInvitationDocument, StaffResetPasswordDocument } from '@patuh/graphql';
import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { paths, queryParams } from '../../routes/paths';
import { useSetViewer } from './useViewer';

/** The server's rule (apps/server users.resolver): at least 12 characters, no composition rules. */
const MIN_PASSWORD_LENGTH = 12;

const messages = defineMessages(
  {
    invitationTitle: 'Terima undangan — Patuh Admin',
    invitationHeading: 'Terima undangan',
    invitationIntro: 'Buat kata sandi untuk akun Patuh Anda. Setelah itu Anda langsung masuk.',
    invitationSubmit: 'Buat kata sandi dan masuk',
    resetTitle: 'Atur ulang kata sandi — Patuh Admin',
    resetHeading: 'Atur ulang kata sandi',
    resetIntro: 'Buat kata sandi baru. Sesi Anda di perangkat lain akan berakhir.',
    resetSubmit: 'Simpan kata sandi dan masuk',
    saving: 'Menyimpan…',
    password: 'Kata sandi baru',
    passwordHint: 'Minimal {min} karakter. Frasa beberapa kata mudah diingat dan sulit ditebak.',
    confirm: 'Ulangi kata sandi baru',
    tooShort: 'Kata sandi minimal {min} karakter.',
    mismatch: 'Kedua kata sandi tidak sama.',
    noToken: 'Tautan ini tidak lengkap. Buka tautan dari e-mel Anda apa adanya, atau minta tautan baru.',
    newLink: 'Minta tautan atur ulang kata sandi',
    signIn: 'Ke halaman masuk',
  },
  {
    invitationTitle: 'Accept the invitation — Patuh Admin',
    invitationHeading: 'Accept the invitation',
    invitationIntro: 'Create the password of your Patuh account. You are signed in straight after.',
    invitationSubmit: 'Create password and sign in',
    resetTitle: 'Reset your password — Patuh Admin',
    resetHeading: 'Reset your password',
    resetIntro: 'Create a new password. Your sessions on other devices will end.',
    resetSubmit: 'Save password and sign in',
    saving: 'Saving…',
    password: 'New password',
    passwordHint: 'At least {min} characters. A phrase of several words is easy to remember and hard to guess.',
    confirm: 'Repeat the new password',
    tooShort: 'The password needs at least {min} characters.',
    mismatch: 'The two passwords differ.',
    noToken: 'This link is incomplete. Open the link from your e-mail as it is, or ask for a new one.',
    newLink: 'Ask for a password reset link',
    signIn: 'Go to sign-in',
  },
);

type Kind = 'invitation' | 'reset';

/** Setting a password from a mailed single-use link: an invitation, or a password reset. */
export function SetPasswordPage({ kind }: { kind: Kind }) {
  const t = useT(messages);
  useDocumentTitle(t(kind === 'invitation' ? 'invitationTitle' : 'resetTitle'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get(queryParams.token);
  return (
    <div className="narrow-page">
      <h1>{t(kind === 'invitation' ? 'invitationHeading' : 'resetHeading')}</h1>
      {token ? (
        <>
          <p className="lead">{t(kind === 'invitation' ? 'invitationIntro' : 'resetIntro')}</p>
          <SetPasswordForm kind={kind} token={token} />
        </>
      ) : (
        <>
          <div className="notice notice--error" role="alert">
            <p>{t('noToken')}</p>
          </div>
          <p>
            <Link to={paths.forgotPassword}>{t('newLink')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function SetPasswordForm({ kind, token }: { kind: Kind; token: string }) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const navigate = useNavigate();
  const setViewer = useSetViewer();
  const [accept, accepting] = useMutation(StaffAcceptInvitationDocument);
  const [reset, resetting] = useMutation(StaffResetPasswordDocument);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const [formError, setFormError] = useState<{ text: string; linkInvalid: boolean } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const busy = accepting.loading || resetting.loading;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (password.length < MIN_PASSWORD_LENGTH) found.password = t('tooShort', { min: MIN_PASSWORD_LENGTH });
    else if (confirm !== password) found.confirm = t('mismatch');
    setErrors(found);
    setFormError(null);
    if (found.password) return passwordRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    const input = { token, password };
    try {
      const viewer =
        kind === 'invitation'
          ? (await accept({ variables: { input } })).data?.acceptInvitation
          : (await reset({ variables: { input } })).data?.resetPassword;
      if (!viewer) return;
      await setViewer(viewer);
      await navigate(paths.home, { replace: true });
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'input.password') {
        setErrors({ password: errorText(apiError) });
        passwordRef.current?.focus();
      } else {
        setFormError({ text: errorText(apiError), linkInvalid: apiError.field === 'input.token' });
      }
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {formError ? (
        <div className="notice notice--error" role="alert">
          <p>{formError.text}</p>
          {formError.linkInvalid ? (
            <p>
              <Link to={kind === 'reset' ? paths.forgotPassword : paths.signIn}>{t(kind === 'reset' ? 'newLink' : 'signIn')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <Field label={t('password')} hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })} error={errors.password}>
        {(control) => (
          <input
            {...control}
            ref={passwordRef}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('confirm')} error={errors.confirm}>
        {(control) => (
          <input {...control} ref={confirmRef} type="password" autoComplete="new-password" value={confirm} onChange={(event) => setConfirm(event.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('saving') : t(kind === 'invitation' ? 'invitationSubmit' : 'resetSubmit')}
        </button>
      </div>
    </form>
  );
}
