import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEarlyRead } from './earlyReads';
import { routeFromHash } from './routing';
import { SCREEN_LOADERS } from './screenLoaders';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

// Load the window's own screen before the first render, so it paints once,
// complete, instead of a placeholder first.
const initialRoute = routeFromHash(window.location.hash);
startEarlyRead(initialRoute);
const InitialScreen = initialRoute ? (await SCREEN_LOADERS[initialRoute]()).default : null;

createRoot(root).render(
  <StrictMode>
    <App initialRoute={initialRoute} InitialScreen={InitialScreen} />
  </StrictMode>,
);
