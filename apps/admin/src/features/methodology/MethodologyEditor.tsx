import { useMutation } from '@apollo/client/react';
import { CycleMethodologyDocument, CycleOverviewDocument, UpdateMethodologyDocument } from '@patuh/graphql';
import { validateMethodology } from '@patuh/scoring';
import { ConfirmDialog, defineMessages, useT } from '@patuh/ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { readApiError, type ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { setIn, type DraftMethodology, type Path } from './draft';
import { EditorContext, type EditorState } from './fields';
import { GradeBandsTable } from './GradeBandsTable';
import { IssueIndex, IssuesContext, issuesFromApi, type MethodologyIssue } from './issues';
import { IssueSummary } from './IssueSummary';
import { MethodologyHeader } from './MethodologyHeader';
import { MethodologyTree } from './MethodologyTree';
import { OpenNodesProvider } from './openNodes';
import type { SampleAnswers } from './preview';
import { ScorePreview } from './ScorePreview';

const messages = defineMessages(
  {
    save: 'Simpan sebagai versi {version}',
    saving: 'Menyimpan…',
    unsaved: 'Ada perubahan yang belum disimpan.',
    noChanges: 'Tidak ada perubahan.',
    discard: 'Batalkan perubahan',
    discardTitle: 'Batalkan semua perubahan?',
    discardBody: 'Rancangan kembali ke versi {version} yang tersimpan. Perubahan yang belum disimpan hilang.',
    discardConfirm: 'Ya, batalkan perubahan',
    reload: 'Muat versi terbaru (perubahan Anda dibuang)',
    serverIssues: 'Server menolak metodologi ini; masalahnya tercantum di bawah dan di tempatnya masing-masing.',
  },
  {
    save: 'Save as version {version}',
    saving: 'Saving…',
    unsaved: 'There are unsaved changes.',
    noChanges: 'No changes.',
    discard: 'Discard changes',
    discardTitle: 'Discard all changes?',
    discardBody: 'The draft goes back to saved version {version}. Unsaved changes are lost.',
    discardConfirm: 'Yes, discard the changes',
    reload: 'Load the latest version (your changes are discarded)',
    serverIssues: 'The server refused this methodology; its issues are listed below and at their places.',
  },
);

export interface MethodologyEditorProps {
  cycleId: string;
  /** The saved version the draft starts from; a save names it as expectedVersion. */
  version: number;
  document: DraftMethodology;
  editable: boolean;
  answers: SampleAnswers;
  onAnswersChange: (answers: SampleAnswers) => void;
  onSaved: (version: number) => void;
  /** Loads the latest saved version after someone else saved one. */
  onReload: () => void;
}

/**
 * The methodology being edited: validated by @patuh/scoring at every keystroke, issues shown at
 * their place, a sample unit scored beside it, and saved as a new version of the cycle's method.
 */
export function MethodologyEditor({ cycleId, version, document, editable, answers, onAnswersChange, onSaved, onReload }: MethodologyEditorProps) {
  const t = useT(messages);
  const errorText = useApiErrorText();
  const [draft, setDraft] = useState(document);
  const [serverIssues, setServerIssues] = useState<MethodologyIssue[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [updateMethodology, { loading: saving }] = useMutation(UpdateMethodologyDocument, {
    refetchQueries: [
      { query: CycleMethodologyDocument, variables: { id: cycleId } },
      { query: CycleOverviewDocument, variables: { id: cycleId } },
    ],
    awaitRefetchQueries: true,
  });

  const validation = useMemo(() => validateMethodology(draft), [draft]);
  const issues = useMemo(() => new IssueIndex([...(validation.ok ? [] : validation.issues), ...serverIssues], draft), [validation, serverIssues, draft]);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(document), [draft, document]);

  const update = useCallback((path: Path, value: unknown) => {
    // The server's verdict was about the document as sent; once it changes, today's validation speaks.
    setServerIssues([]);
    setDraft((current) => setIn(current, path, value));
  }, []);
  const editor = useMemo<EditorState>(() => ({ doc: draft, update, readOnly: !editable }), [draft, update, editable]);

  // Leaving the page (closing the tab, reloading) would lose unsaved work: the browser asks first.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async () => {
    setFailure(null);
    if (!validation.ok) {
      summaryRef.current?.focus();
      return;
    }
    try {
      const result = await updateMethodology({ variables: { cycleId, expectedVersion: version, document: draft } });
      if (result.data) onSaved(result.data.updateMethodology.version);
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.issues.length > 0) {
        setServerIssues(issuesFromApi(apiError.issues));
        setFailure(apiError);
        summaryRef.current?.focus();
      } else {
        setFailure(apiError);
      }
    }
  };

  return (
    <IssuesContext.Provider value={issues}>
      <EditorContext.Provider value={editor}>
        <OpenNodesProvider initiallyOpen={document.dimensions.map((_, index) => `dimensions[${index}]`)}>
        <div className="methodology-layout">
          <div className="methodology-layout__editor">
            <IssueSummary ref={summaryRef} />
            {failure ? (
              <div className="notice notice--error" role="alert">
                <p>{serverIssues.length > 0 ? t('serverIssues') : errorText(failure)}</p>
                {failure.code === 'CONFLICT' ? (
                  <button type="button" className="button button--secondary" onClick={onReload}>
                    {t('reload')}
                  </button>
                ) : null}
              </div>
            ) : null}
            <MethodologyHeader />
            <MethodologyTree />
            <GradeBandsTable />
          </div>
          <div className="methodology-layout__preview">
            <ScorePreview methodology={validation.ok ? validation.methodology : null} answers={answers} onAnswersChange={onAnswersChange} />
          </div>
        </div>
        {editable ? (
          <div className="save-bar">
            <p className="save-bar__state" aria-live="polite">
              {dirty ? t('unsaved') : t('noChanges')}
            </p>
            <div className="button-row">
              <button type="button" className="button" disabled={!dirty || saving} onClick={() => void save()}>
                {saving ? t('saving') : t('save', { version: version + 1 })}
              </button>
              <button type="button" className="button button--secondary" disabled={!dirty || saving} onClick={() => setDiscarding(true)}>
                {t('discard')}
              </button>
            </div>
          </div>
        ) : null}
        {discarding ? (
          <ConfirmDialog
            title={t('discardTitle')}
            confirmLabel={t('discardConfirm')}
            tone="danger"
            onCancel={() => setDiscarding(false)}
            onConfirm={() => {
              setDraft(document);
              setServerIssues([]);
              setFailure(null);
              setDiscarding(false);
            }}
          >
            <p>{t('discardBody', { version })}</p>
          </ConfirmDialog>
        ) : null}
        </OpenNodesProvider>
      </EditorContext.Provider>
    </IssuesContext.Provider>
  );
}
