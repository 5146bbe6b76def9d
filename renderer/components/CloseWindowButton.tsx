import { bridge } from '../bridge';

/** "Close": asks main to close this window (main owns windows; the page never closes itself). */
export function CloseWindowButton({
  variant = 'primary',
}: {
  variant?: 'primary' | 'plain' | 'ghost';
}) {
  const className = variant === 'plain' ? 'button' : `button button--${variant}`;
  return (
    <button type="button" className={className} onClick={() => void bridge.closeWindow()}>
      Close
    </button>
  );
}
