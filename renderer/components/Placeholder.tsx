import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/appChannels';
import { bridge, errorMessage } from '../bridge';

/** A minimal screen that proves the bridge works end to end. */
export function Placeholder({ title }: { title: string }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    bridge.getAppInfo().then(setInfo, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <main className="page page--center">
      <div className="card stack">
        <h1>{title}</h1>
        {info && (
          <p data-testid="app-info">
            {info.name} {info.version}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        <button className="button" type="button" onClick={() => void bridge.closeWindow()}>
          Close
        </button>
      </div>
    </main>
  );
}
