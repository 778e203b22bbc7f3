import { defineMessages, useT } from '@patuh/ui';
import { useState } from 'react';

const messages = defineMessages(
  { copy: 'Salin {what}', copied: 'Tersalin', failed: 'Tidak dapat menyalin; pilih teksnya dan salin sendiri' },
  { copy: 'Copy {what}', copied: 'Copied', failed: 'Could not copy; select the text and copy it yourself' },
);

/** Copies a text to the clipboard and says, politely, whether it worked. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const t = useT(messages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('copy', { what })}
      </button>
      <span role="status" className="copy-button__status">
        {state === 'idle' ? '' : t(state)}
      </span>
    </span>
  );
}
