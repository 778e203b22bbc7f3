import { defineMessages, useLocale, useT } from '@patuh/ui';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { fieldId, getIn, parseDraftNumber, pathToString, type DraftMethodology, type DraftNumber, type Path } from './draft';
import { IssuesAt } from './IssueMessages';
import { useIssues } from './issues';

/** The document being edited and the one way to change it, for every field of the editor. */
export interface EditorState {
  doc: DraftMethodology;
  update: (path: Path, value: unknown) => void;
  readOnly: boolean;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('Methodology fields are used outside the editor.');
  return editor;
}

interface FieldShellProps {
  path: Path;
  label: ReactNode;
  /** Says which node the field belongs to, for screen readers moving from field to field. */
  context?: string;
  className?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true; disabled: boolean }) => ReactNode;
}

/** Label, control and the issues found at the control's path. */
function FieldShell({ path, label, context, className, children }: FieldShellProps) {
  const { readOnly } = useEditor();
  const text = pathToString(path);
  const id = fieldId(text);
  const invalid = useIssues().at(text).length > 0;
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {context ? <>{' '}<span className="visually-hidden">— {context}</span></> : null}
      </label>
      {children({ id, ...(invalid ? { 'aria-describedby': `${id}-issues`, 'aria-invalid': true as const } : {}), disabled: readOnly })}
      <IssuesAt path={text} id={`${id}-issues`} />
    </div>
  );
}

export function TextField({ path, label, context, className }: Omit<FieldShellProps, 'children'>) {
  const { doc, update } = useEditor();
  const value = getIn(doc, path);
  return (
    <FieldShell path={path} label={label} context={context} className={className}>
      {(control) => <input {...control} type="text" value={typeof value === 'string' ? value : ''} onChange={(event) => update(path, event.target.value)} />}
    </FieldShell>
  );
}

const numberText = (value: unknown, locale: string) =>
  typeof value === 'number' ? (locale === 'id' ? String(value).replace('.', ',') : String(value)) : typeof value === 'string' ? value : '';

/**
 * A number field that keeps what is typed ("21," on the way to "21,85") and hands the editor a
 * number as soon as the text reads as one. A cleared optional field is left out of the document.
 */
export function NumberField({ path, label, context, className, optional = false }: Omit<FieldShellProps, 'children'> & { optional?: boolean }) {
  const { doc, update } = useEditor();
  const { locale } = useLocale();
  const value = getIn(doc, path);
  const [text, setText] = useState(() => numberText(value, locale));
  // Follows changes made elsewhere (a reload, a reset) without overwriting what is being typed.
  useEffect(() => {
    setText((current) => (parseDraftNumber(current) === value || (current.trim() === '' && value === undefined) ? current : numberText(value, locale)));
  }, [value, locale]);
  return (
    <FieldShell path={path} label={label} context={context} className={className ?? 'field--number'}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const next: DraftNumber | undefined = optional && event.target.value.trim() === '' ? undefined : parseDraftNumber(event.target.value);
            update(path, next);
          }}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  path,
  label,
  context,
  className,
  options,
  onSelect,
}: Omit<FieldShellProps, 'children'> & { options: readonly { value: string; label: string }[]; onSelect?: (value: string) => void }) {
  const { doc, update } = useEditor();
  const value = getIn(doc, path);
  return (
    <FieldShell path={path} label={label} context={context} className={className}>
      {(control) => (
        <select {...control} value={typeof value === 'string' ? value : ''} onChange={(event) => (onSelect ? onSelect(event.target.value) : update(path, event.target.value))}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ path, label, context }: { path: Path; label: string; context?: string }) {
  const { doc, update, readOnly } = useEditor();
  const id = fieldId(path);
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        disabled={readOnly}
        checked={getIn(doc, path) === true}
        // Absent means false in the document, so unchecking removes the key.
        onChange={(event) => update(path, event.target.checked ? true : undefined)}
      />
      <label htmlFor={id}>
        {label}
        {context ? <>{' '}<span className="visually-hidden">— {context}</span></> : null}
      </label>
    </div>
  );
}

const textMessages = defineMessages(
  { id: 'Judul (Bahasa Indonesia)', en: 'Judul (Inggris)' },
  { id: 'Title (Indonesian)', en: 'Title (English)' },
);

/** A text in both languages: two fields side by side. */
export function BilingualFields({ path, context, labels }: { path: Path; context?: string; labels?: { id: string; en: string } }) {
  const t = useT(textMessages);
  return (
    <div className="field-row">
      <TextField path={[...path, 'id']} label={labels?.id ?? t('id')} context={context} className="field--grow" />
      <TextField path={[...path, 'en']} label={labels?.en ?? t('en')} context={context} className="field--grow" />
    </div>
  );
}
