import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { pathParts } from './issues';
import { fieldId, pathToString } from './draft';

/**
 * Which parts of the tree are unfolded. A folded node renders only its summary: a method has
 * hundreds of fields, and rendering them all on every keystroke would make typing sluggish.
 */
interface OpenNodes {
  isOpen: (path: string) => boolean;
  setOpen: (path: string, open: boolean) => void;
  /** Unfolds every node around a place, then moves focus there once it is on screen. */
  reveal: (path: string) => void;
}

const OpenNodesContext = createContext<OpenNodes | null>(null);

/** The paths of the tree nodes that hold a place: dimensions[0], dimensions[0].variables[1], … */
function enclosingNodes(path: string): string[] {
  const parts = pathParts(path);
  const nodes: string[] = [];
  for (let i = 1; i < parts.length; i += 1) {
    if (typeof parts[i] === 'number' && ['dimensions', 'variables', 'indicators'].includes(String(parts[i - 1]))) nodes.push(pathToString(parts.slice(0, i + 1)));
  }
  return nodes;
}

function focusPlace(path: string): void {
  const parts = pathParts(path);
  // The field itself, else its list of issues, else the nearest enclosing place that has one.
  for (let length = parts.length; length >= 0; length -= 1) {
    const id = fieldId(pathToString(parts.slice(0, length)));
    const target = document.getElementById(id) ?? document.getElementById(`${id}-issues`);
    if (!target) continue;
    if (!target.matches('input, select, textarea, button')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return;
  }
}

export function OpenNodesProvider({ initiallyOpen, children }: { initiallyOpen: readonly string[]; children: ReactNode }) {
  const [open, setOpenSet] = useState<ReadonlySet<string>>(() => new Set(initiallyOpen));
  const setOpen = useCallback((path: string, isOpen: boolean) => {
    setOpenSet((current) => {
      if (current.has(path) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(path);
      else next.delete(path);
      return next;
    });
  }, []);
  const reveal = useCallback((path: string) => {
    setOpenSet((current) => new Set([...current, ...enclosingNodes(path)]));
    // After React has rendered the unfolded nodes.
    window.setTimeout(() => focusPlace(path), 0);
  }, []);
  const value = useMemo<OpenNodes>(() => ({ isOpen: (path) => open.has(path), setOpen, reveal }), [open, setOpen, reveal]);
  return <OpenNodesContext.Provider value={value}>{children}</OpenNodesContext.Provider>;
}

export function useOpenNodes(): OpenNodes {
  const context = useContext(OpenNodesContext);
  if (!context) throw new Error('useOpenNodes is used outside OpenNodesProvider.');
  return context;
}

/** A foldable node of the tree whose body exists only while it is unfolded. */
export function TreeNode({ path, className, summary, children }: { path: string; className: string; summary: ReactNode; children: () => ReactNode }) {
  const { isOpen, setOpen } = useOpenNodes();
  const open = isOpen(path);
  return (
    <details className={className} open={open} onToggle={(event) => setOpen(path, event.currentTarget.open)}>
      <summary className="tree-node__summary">{summary}</summary>
      {open ? <div className="tree-node__body">{children()}</div> : null}
    </details>
  );
}
