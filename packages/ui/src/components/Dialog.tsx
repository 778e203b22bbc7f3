import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

const messages = defineMessages(
  { cancel: 'Batal', close: 'Tutup' },
  { cancel: 'Cancel', close: 'Close' },
);

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  /** Called on Escape, on the close button and on the backdrop; not while `busy`. */
  onClose: () => void;
  children: ReactNode;
  /** The buttons at the bottom; a dialog without them gets a close button. */
  actions?: ReactNode;
  /** While its action runs, the dialog cannot be dismissed. */
  busy?: boolean;
  /** `wide` for forms with several fields side by side. */
  size?: 'normal' | 'wide';
}

/**
 * A modal dialog: the rest of the page is inert while it is open, Tab cycles within it, Escape
 * closes it, and focus goes back to where it was. The first element marked `data-autofocus`
 * (else the first focusable one) receives focus when it opens.
 */
export function Dialog({ title, onClose, children, actions, busy = false, size = 'normal' }: DialogProps) {
  const t = useT(messages);
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const portal = dialog.closest('.dialog-layer');
    // Everything else on the page is out of reach until the dialog closes.
    const others = Array.from(document.body.children).filter((element) => element !== portal && !element.hasAttribute('inert'));
    others.forEach((element) => element.setAttribute('inert', ''));
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(focusable) ?? dialog;
    first.focus();
    return () => {
      others.forEach((element) => element.removeAttribute('inert'));
      opener?.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (!busyRef.current) closeRef.current();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(focusable));
    const firstItem = items[0];
    const lastItem = items[items.length - 1];
    if (!firstItem || !lastItem) return;
    if (event.shiftKey && document.activeElement === firstItem) {
      event.preventDefault();
      lastItem.focus();
    } else if (!event.shiftKey && document.activeElement === lastItem) {
      event.preventDefault();
      firstItem.focus();
    }
  };

  return createPortal(
    <div className="dialog-layer">
      <div className="dialog-backdrop" onClick={() => !busy && onClose()} aria-hidden="true" />
      <div
        ref={dialogRef}
        className={`dialog dialog--${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">
          {actions ?? (
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('close')}
            </button>
          )}
        </div>
      </div>
    </div>,
    document.body,
  );
}

export interface ConfirmDialogProps {
  title: string;
  /** What will happen, in words: the dialog names the consequence, not just "are you sure?". */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** `danger` for what cannot be undone easily (deactivating, signing out everywhere). */
  tone?: 'default' | 'danger';
  /** Shown when the action failed, so the person can try again or cancel. */
  error?: ReactNode;
}

/** Asks before a consequential action; Cancel has the focus first, so Enter never confirms by accident. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, busy = false, tone = 'default', error }: ConfirmDialogProps) {
  const t = useT(messages);
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      busy={busy}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy} data-autofocus>
            {t('cancel')}
          </button>
          <button type="button" className={`button${tone === 'danger' ? ' button--danger' : ''}`} onClick={onConfirm} disabled={busy}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      {error}
    </Dialog>
  );
}
