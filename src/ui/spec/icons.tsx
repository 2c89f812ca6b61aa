/** Small inline icons (no fonts, no network): decorative, so hidden from assistive technology. */
export function LockIcon() {
  return (
    <svg
      className="icon lock-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <rect x="2.75" y="7" width="10.5" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}

export function StatusIcon({ ok }: { ok: boolean }) {
  return ok ? (
    <svg
      className="icon status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="7.25" fill="currentColor" />
      <path d="M4.6 8.3l2.2 2.2 4.6-4.8" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  ) : (
    <svg
      className="icon status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.5V8.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="11.2" r="1" fill="currentColor" />
    </svg>
  );
}
