import { useApolloClient, useMutation } from '@apollo/client/react';
import { PortalSignInDocument, type PortalViewerFieldsFragment } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { messageIn, readApiError } from '../api/errors';

const messages = defineMessages(
  {
    email: 'Alamat e-mail',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Memeriksa…',
    required: 'Isi kolom ini.',
    failed: 'Tidak dapat masuk: periksa e-mail dan kata sandi.',
    locked: 'Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam {minutes} menit.',
    network: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
  },
  {
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Checking…',
    required: 'Fill in this field.',
    failed: 'Could not sign in: check the e-mail and password.',
    locked: 'The account is locked for a while after too many attempts. Try again in {minutes} minutes.',
    network: 'The server could not be reached. Check your connection, then try again.',
  },
);

/** E-mail and password; a refusal is said in the visible language, next to what caused it. */
export function SignInForm({ onSignedIn }: { onSignedIn: (viewer: PortalViewerFieldsFragment) => void }) {
  const t = useT(messages);
  const id = useId();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(PortalSignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = { email: email.trim() ? undefined : t('required'), password: password ? undefined : t('required') };
    setFieldErrors(missing);
    setFormError(null);
    if (missing.email) return emailRef.current?.focus();
    if (missing.password) return passwordRef.current?.focus();
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      onSignedIn(data.signIn);
      // Everything cached so far was read as the public: read it again as the signed-in officer.
      void client.resetStore().catch(() => undefined);
    } catch (error) {
      const api = readApiError(error);
      if (api.code === 'BAD_USER_INPUT' && api.field) {
        const field = api.field.endsWith('password') ? 'password' : 'email';
        setFieldErrors({ [field]: messageIn(api, t.locale) ?? t('failed') });
        (field === 'password' ? passwordRef : emailRef).current?.focus();
        return;
      }
      setFormError(
        api.code === 'ACCOUNT_LOCKED' && api.retryAfterSeconds !== null
          ? t('locked', { minutes: Math.max(1, Math.ceil(api.retryAfterSeconds / 60)) })
          : api.code === 'NETWORK'
            ? t('network')
            : (messageIn(api, t.locale) ?? t('failed')),
      );
      setPassword('');
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  return (
    <form className="form sign-in-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {formError ? (
        <p className="form__error" role="alert" tabIndex={-1} ref={errorRef}>
          {formError}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('email')}</label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined}
          required
        />
        {fieldErrors.email ? (
          <p id={`${id}-email-error`} className="field__error">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('password')}</label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
          required
        />
        {fieldErrors.password ? (
          <p id={`${id}-password-error`} className="field__error">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
