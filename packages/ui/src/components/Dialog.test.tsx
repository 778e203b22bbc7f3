import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/locale';
import { ConfirmDialog } from './Dialog';

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <LocaleProvider>
      <button type="button" onClick={() => setOpen(true)}>
        Nonaktifkan
      </button>
      {open ? (
        <ConfirmDialog title="Nonaktifkan pengguna?" confirmLabel="Ya, nonaktifkan" tone="danger" onConfirm={onConfirm} onCancel={() => setOpen(false)}>
          <p>Sesi pengguna akan diakhiri.</p>
        </ConfirmDialog>
      ) : null}
    </LocaleProvider>
  );
}

describe('ConfirmDialog', () => {
  it('names what will happen, focuses Cancel, keeps Tab inside and closes on Escape, giving focus back', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Nonaktifkan' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Nonaktifkan pengguna?' });
    expect(dialog).toHaveProperty('ariaModal', 'true');
    expect(dialog.textContent).toContain('Sesi pengguna akan diakhiri.');
    const cancel = screen.getByRole('button', { name: 'Batal' });
    const confirm = screen.getByRole('button', { name: 'Ya, nonaktifkan' });
    expect(document.activeElement).toBe(cancel);
    // The page behind is inert while the dialog is open.
    expect(opener.closest('[inert]')).not.toBeNull();

    confirm.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(opener.closest('[inert]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('confirms', () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
