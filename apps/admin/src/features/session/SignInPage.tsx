import { useMutation } from '@apollo/client/react';
import { StaffSignInDocument } from '@patuh/graphql';
import { defineMessages, LoadingState, useDocumentTitle, useT } from '@patuh/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { paths, queryParams, safeNextPath } from '../../routes/paths';
import { useSetViewer, useViewer } from './useViewer';

const messages = defineMessages(
  {
    documentTitle: 'Masuk — Patuh Admin',
    heading: 'Masuk ke Patuh Admin',
    intro: 'Ruang kerja staf Ombudsman. Masuk dengan e-mel dan kata sandi akun Anda.',
    email: 'E-mel',
    password: 'Kata sandi',
    showPassword: 'Tampilkan kata sandi',
    submit: 'Masuk',
    submitting: 'Sedang masuk…',
    forgot: 'Lupa kata sandi?',
    emailRequired: 'Isi alamat e-mel Anda.',
    emailInvalid: 'Alamat e-mel ini tidak lengkap, contoh: nama@ombudsman.go.id.',
    passwordRequired: 'Isi kata sandi Anda.',
    locked: 'Akun ini dikunci sementara setelah beberapa kali gagal masuk. Coba lagi dalam {seconds} detik.',
    waiting: 'Tunggu {seconds} detik',
  },
  {
    documentTitle: 'Sign in — Patuh Admin',
    heading: 'Sign in to Patuh Admin',
    intro: "The Ombudsman staff's workspace. Sign in with your account's e-mail and password.",
    email: 'E-mail',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    forgot: 'Forgot your password?',
    emailRequired: 'Enter your e-mail address.',
    emailInvalid: 'This e-mail address is incomplete, for example: name@ombudsman.go.id.',
    passwordRequired: 'Enter your password.',
    locked: 'This account is locked for a while after several failed sign-ins. Try again in {seconds} seconds.',
    waiting: 'Wait {seconds} seconds',
  },
);

type FieldName = 'email' | 'password';
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export function SignInPage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const { viewer } = useViewer();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get(queryParams.next));
  if (viewer === undefined) return <LoadingState />;
  // Someone already signed in has nothing to do here; the guard of the next page decides the rest.
  if (viewer !== null) return <Navigate replace to={next} />;
  return (
    <div className="narrow-page">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <SignInForm next={next} />
    </div>
  );
}

/** The sign-in form: field errors beside their fields, the API's refusal above them. */
export function SignInForm({ next }: { next: string }) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const navigate = useNavigate();
  const setViewer = useSetViewer();
  const [signIn, { loading }] = useMutation(StaffSignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The wait the API named (announced once) and what is left of it (counted down on the button).
  const [lockedFor, setLockedFor] = useState(0);
  const [lockWait, setLockWait] = useState(0);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // A locked account counts down to the moment it may try again.
  const locked = lockedFor > 0;
  useEffect(() => {
    if (!locked) return undefined;
    const timer = window.setInterval(() => setLockedFor((seconds) => Math.max(0, seconds - 1)), 1000);
    return () => window.clearInterval(timer);
  }, [locked]);

  const focusField = (name: FieldName) => (name === 'email' ? emailRef : passwordRef).current?.focus();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (locked) return;
    const errors: Partial<Record<FieldName, string>> = {};
    if (!email.trim()) errors.email = t('emailRequired');
    else if (!looksLikeEmail(email.trim())) errors.email = t('emailInvalid');
    if (!password) errors.password = t('passwordRequired');
    setFieldErrors(errors);
    setFormError(null);
    const firstInvalid = (['email', 'password'] as const).find((name) => errors[name]);
    if (firstInvalid) {
      focusField(firstInvalid);
      return;
    }
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (!result.data) return;
      await setViewer(result.data.signIn);
      await navigate(next, { replace: true });
    } catch (error) {
      const apiError = readApiError(error);
      const field = apiError.field?.replace(/^input\./, '');
      if (apiError.code === 'BAD_USER_INPUT' && (field === 'email' || field === 'password')) {
        setFieldErrors({ [field]: errorText(apiError) });
        focusField(field);
      } else if (apiError.code === 'ACCOUNT_LOCKED' && apiError.retryAfterSeconds !== null) {
        setLockWait(apiError.retryAfterSeconds);
        setLockedFor(apiError.retryAfterSeconds);
      } else {
        setFormError(errorText(apiError));
      }
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {locked ? (
        <div className="notice notice--error" role="alert">
          <p>{t('locked', { seconds: t.formatNumber(lockWait) })}</p>
        </div>
      ) : null}
      {formError ? (
        <div className="notice notice--error" role="alert">
          <p>{formError}</p>
        </div>
      ) : null}
      <Field label={t('email')} error={fieldErrors.email}>
        {(control) => (
          <input
            {...control}
            ref={emailRef}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('password')} error={fieldErrors.password}>
        {(control) => (
          <input
            {...control}
            ref={passwordRef}
            type={showPassword ? 'text' : 'password'}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <div className="checkbox">
        <input id="sign-in-show-password" type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
        <label htmlFor="sign-in-show-password">{t('showPassword')}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading || locked}>
          {locked ? t('waiting', { seconds: t.formatNumber(lockedFor) }) : loading ? t('submitting') : t('submit')}
        </button>
        <Link to={paths.forgotPassword}>{t('forgot')}</Link>
      </div>
    </form>
  );
}
