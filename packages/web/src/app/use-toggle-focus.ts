import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * A part of the page that opens and closes (an edit form, a "zeker verwijderen?" question), with
 * the keyboard focus following it: into `openedRef` when it opens, back to `closedRef` (the button
 * that opened it) when it closes. Nothing moves on the first render, so a page never steals focus
 * while it loads.
 */
export function useToggleFocus(
  openedRef: RefObject<HTMLElement | null> | null,
  closedRef: RefObject<HTMLElement | null>,
): readonly [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  const toggled = useRef(false);
  useEffect(() => {
    if (toggled.current) (open ? openedRef : closedRef)?.current?.focus();
  }, [open, openedRef, closedRef]);
  const toggle = (next: boolean) => {
    toggled.current = true;
    setOpen(next);
  };
  return [open, toggle] as const;
}
