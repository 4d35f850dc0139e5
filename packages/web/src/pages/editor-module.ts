import { useEffect, useState } from 'react';
import type MapEditorPage from './MapEditorPage.js';

/**
 * Opening a map fast (issue 14): the editor's code and the map's data are asked for at once, as
 * soon as the address and the session are known, not one after the other, and the editor is
 * shown without a Suspense fallback (React holds a revealed fallback back for up to 300 ms).
 */
type EditorModule = { readonly default: typeof MapEditorPage };

let modulePromise: Promise<EditorModule> | null = null;
let moduleLoaded: EditorModule | null = null;

/** Starts loading the editor's code (idempotent); main.tsx calls it at once when the address is a map. */
export function preloadEditorModule(): Promise<EditorModule> {
  modulePromise ??= import('./MapEditorPage.js').then((m) => (moduleLoaded = m));
  return modulePromise;
}

/** The editor's module once loaded (null before). */
export function useEditorModule(): EditorModule | null {
  const [loaded, setLoaded] = useState<EditorModule | null>(moduleLoaded);
  useEffect(() => {
    if (!loaded) void preloadEditorModule().then(setLoaded);
  }, [loaded]);
  return loaded;
}
