import { useMutation } from '@apollo/client/react';
import { StaffRequestPasswordResetDocument } from '@patuh/graphql';
import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { readApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { paths } from '../../routes/paths';

const messages = defineMessages(
  {
    documentTitle: 'Lupa kata sandi — Patuh Admin',
    heading: 'Lupa kata sandi',
    intro: 'Masukkan e-mel akun Anda. Kami mengirim tautan untuk membuat kata sandi baru.',
    email: 'E-mel',
    submit: 'Kirim tautan',
    sending: 'Mengirim…',
    emailRequired: 'Isi alamat e-mel Anda.',
    sent: 'Bila alamat ini milik akun yang aktif, tautan untuk membuat kata sandi baru telah dikirim ke sana. Tautan berlaku 1 jam dan hanya sekali pakai.',
    back: 'Kembali ke halaman masuk',
  },
  {
    documentTitle: 'Forgot password — Patuh Admin',
    heading: 'Forgot your password',
    intro: "Enter your account's e-mail. We send a link to create a new password.",
    email: 'E-mail',
    submit: 'Send the link',
    sending: 'Sending…',
    emailRequired: 'Enter your e-mail address.',
    sent: 'If this address belongs to an active account, a link to create a new password has been sent to it. The link is valid for 1 hour, once.',
    back: 'Back to sign-in',
  },
);

/** Asks for a reset link; the answer is the same whether the address is known or not. */
export function ForgotPasswordPage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const errorText = useApiErrorText();
  const [requestReset, { loading }] = useMutation(StaffRequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) {
      setError(t('emailRequired'));
      emailRef.current?.focus();
      return;
    }
    setError(null);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSent(true);
    } catch (caught) {
      setError(errorText(readApiError(caught)));
      emailRef.current?.focus();
    }
  };

  return (
    <div className="narrow-page">
      <h1>{t('heading')}</h1>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t('sent')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <Field label={t('email')} error={error}>
              {(control) => (
                <input
                  {...control}
                  ref={emailRef}
                  type="email"
                  autoComplete="username"
                  spellCheck={false}
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              )}
            </Field>
            <div className="button-row">
              <button type="submit" className="button" disabled={loading}>
                {loading ? t('sending') : t('submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p>
        <Link to={paths.signIn}>{t('back')}</Link>
      </p>
    </div>
  );
}
