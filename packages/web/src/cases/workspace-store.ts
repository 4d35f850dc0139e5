import { useCallback, useEffect, useRef, useState } from 'react';
import { parseWorkspace, serialiseWorkspace, type Workspace } from './workspace.js';

const STORAGE_KEY = 'netwerkkracht.workspace';

function readStorage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The workspace in React state, saved to this browser's storage shortly after each change (a
 * burst of edits is written once). Returns how many stored entries could not be read.
 */
export function useWorkspace(): { workspace: Workspace; dropped: number; update: (change: (w: Workspace) => Workspace) => void; saveError: boolean } {
  const [initial] = useState(() => parseWorkspace(readStorage()));
  const [workspace, setWorkspace] = useState(initial.workspace);
  const [saveError, setSaveError] = useState(false);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      try {
        localStorage.setItem(STORAGE_KEY, serialiseWorkspace(workspace));
        setSaveError(false);
      } catch {
        setSaveError(true);
      }
    }, 300);
    return () => window.clearTimeout(timer);
  }, [workspace]);

  const update = useCallback((change: (w: Workspace) => Workspace) => setWorkspace(change), []);
  return { workspace, dropped: initial.dropped, update, saveError };
}

/** A fresh id for a new record (letters, digits and '-', as core's ids allow). */
export function newId(): string {
  return crypto.randomUUID();
}

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
