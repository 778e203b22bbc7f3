import { ConfirmDialog, defineMessages, useT } from '@patuh/ui';
import { useState } from 'react';
import { clearDraft, readDraft } from './draftStore';

const messages = defineMessages(
  {
    kept: 'Peramban ini masih menyimpan {count} perubahan yang belum tersimpan, tetapi penilaian ini tidak dapat diubah lagi pada tahap dan status sekarang.',
    discard: 'Buang perubahan lokal',
    title: 'Buang {count} perubahan yang belum tersimpan?',
    body: 'Jawaban yang diubah di peramban ini tetapi tidak pernah tersimpan di server dihapus. Jawaban yang tersimpan tidak berubah.',
    confirm: 'Ya, buang perubahan',
  },
  {
    kept: 'This browser still keeps {count} unsaved change(s), but this assessment can no longer change at its current stage and status.',
    discard: 'Discard local changes',
    title: 'Discard {count} unsaved change(s)?',
    body: 'Answers changed in this browser that never reached the server are removed. Saved answers do not change.',
    confirm: 'Yes, discard them',
  },
);

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Says so when unsaved edits of a closed assessment are still kept here, and lets the person drop them. */
export function KeptDraftNotice({ assessmentId }: { assessmentId: string }) {
  const t = useT(messages);
  const storage = localStorageOrNull();
  const [count, setCount] = useState(() => (storage ? Object.keys(readDraft(storage, assessmentId)?.edits ?? {}).length : 0));
  const [confirming, setConfirming] = useState(false);
  if (count === 0 || !storage) return null;
  return (
    <div className="notice notice--warning">
      <p>{t('kept', { count })}</p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        {t('discard')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('title', { count })}
          confirmLabel={t('confirm')}
          tone="danger"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            clearDraft(storage, assessmentId);
            setConfirming(false);
            setCount(0);
          }}
        >
          <p>{t('body')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
