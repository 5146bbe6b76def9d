import { useEffect, useRef, type ReactElement } from 'react';
import {
  DISCLAIMER,
  SEE_A_PROFESSIONAL_IF,
  THIS_HURTS_ADVICE,
} from '../../../shared/routines/safety';
import { EscHint } from '../../components/EscHint';

/** What to do now that something hurts: stop, rest, and when to see a professional. */
export function HurtsView({ onClose }: { onClose(): void }): ReactElement {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="rt-panel rt-hurts-view" aria-labelledby="rt-hurts-title">
      <div className="rt-badge rt-badge--danger" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" focusable="false">
          <rect x="5" y="5" width="14" height="14" rx="3" fill="currentColor" />
        </svg>
      </div>
      <h1 id="rt-hurts-title" ref={heading} tabIndex={-1}>
        {THIS_HURTS_ADVICE.title}
      </h1>
      <p className="rt-lead">The routine has stopped and is saved as stopped.</p>
      <ol className="rt-advice">
        {THIS_HURTS_ADVICE.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <div className="rt-professional">
        <h2>See a professional if</h2>
        <ul>
          {SEE_A_PROFESSIONAL_IF.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="rt-actions">
        <button type="button" className="button button--primary rt-actions__main" onClick={onClose}>
          Close
        </button>
        <EscHint does="closes" />
      </div>
      <p className="rt-footnote">{DISCLAIMER}</p>
    </section>
  );
}
