import { defineMessages, useT } from '@patuh/ui';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';

const messages = defineMessages(
  {
    loading: 'Mencari…',
    none: 'Tidak ada yang cocok.',
    typeMore: 'Ketik untuk mencari.',
    clear: 'Hapus pilihan',
  },
  {
    loading: 'Searching…',
    none: 'Nothing matches.',
    typeMore: 'Type to search.',
    clear: 'Clear the choice',
  },
);

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second line, e.g. the province of a body. */
  detail?: string;
}

export interface ComboboxProps {
  label: string;
  hint?: string;
  error?: string | null;
  value: ComboboxOption | null;
  onChange: (option: ComboboxOption | null) => void;
  /** What the list shows for the text typed so far; the owner searches as `onSearch` tells it. */
  options: readonly ComboboxOption[];
  loading: boolean;
  onSearch: (text: string) => void;
  disabled?: boolean;
}

/**
 * A text field that searches and offers a list to choose from (the ARIA combobox pattern):
 * arrows move through the list, Enter chooses, Escape closes it.
 */
export function Combobox({ label, hint, error, value, onChange, options, loading, onSearch, disabled = false }: ComboboxProps) {
  const t = useT(messages);
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A choice made elsewhere (a reset, an edit dialog opening) shows in the field.
  useEffect(() => {
    setText(value?.label ?? '');
  }, [value?.id, value?.label]);

  const choose = (option: ComboboxOption) => {
    onChange(option);
    setText(option.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(options.length - 1, current + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(0, current - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a dialog around the field stays open.
      event.stopPropagation();
      setOpen(false);
    }
  };

  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const status = loading ? t('loading') : text.trim() === '' ? t('typeMore') : options.length === 0 ? t('none') : null;

  return (
    <div className={`field combobox${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="combobox__control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          disabled={disabled}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (value) onChange(null);
            onSearch(event.target.value);
          }}
          onFocus={() => setOpen(text.trim() !== '' && !value)}
          // Leaves time for a click on an option to land before the list closes.
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {value && !disabled ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              onChange(null);
              setText('');
              onSearch('');
            }}
          >
            {t('clear')}
          </button>
        ) : null}
      </div>
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!open || options.length === 0}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <span>{option.label}</span>
            {option.detail ? <span className="combobox__detail">{option.detail}</span> : null}
          </li>
        ))}
      </ul>
      {open && status ? (
        <p className="combobox__status" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
