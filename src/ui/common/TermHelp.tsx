import { useEffect, useId, useRef, useState } from 'react';
import { GLOSSARY, type GlossaryId } from '../../domain/glossary';

/**
 * A small "?" beside a term that opens its plain-words explanation (src/domain/glossary.ts) in a
 * popover: keyboard usable (Enter or Space opens it and moves focus in, Esc or Close returns focus
 * to the "?"), announced as a dialog named after the term, never printed.
 */
export function TermHelp({ term, className = '' }: { term: GlossaryId; className?: string }) {
  const entry = GLOSSARY[term];
  const [open, setOpen] = useState(false);
  // Placed in the viewport (position: fixed) so a scrolling panel never clips it.
  const [place, setPlace] = useState({ top: 0, left: 0 });
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const away = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // Placed in the viewport, it follows the "?" when a panel or the page scrolls.
    const scrolled = () => placeBelowButton();
    document.addEventListener('mousedown', away);
    document.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('scroll', scrolled, true);
    };
  }, [open]);

  function placeBelowButton() {
    const r = button.current?.getBoundingClientRect();
    if (!r) return;
    const width = Math.min(320, window.innerWidth * 0.8);
    const left = Math.max(8, Math.min(r.left - width / 2, window.innerWidth - width - 8));
    setPlace({ top: r.bottom + 4, left });
  }

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <span className={`term-help no-print ${className}`}>
      <button
        ref={button}
        type="button"
        className="term-help-button"
        aria-label={`What does “${entry.term}” mean?`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          placeBelowButton();
          setOpen((o) => !o);
        }}
      >
        ?
      </button>
      {open && (
        <div
          ref={panel}
          id={id}
          role="dialog"
          aria-label={entry.term}
          tabIndex={-1}
          className="term-help-popover"
          style={place}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <p className="term-help-term">{entry.term}</p>
          <p>{entry.text}</p>
          <button type="button" className="link-button small" onClick={close}>
            Close
          </button>
        </div>
      )}
    </span>
  );
}
