import { StrictMode } from 'react';
import { windowTitle } from '../shared/routes';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startEarlyRead } from './earlyReads';
import { routeFromHash } from './routing';
import { SCREEN_LOADERS } from './screenLoaders';
import './styles/base.css';

// The first thing the page does: its title is the window's (index.html has
// none, since one title there would name every window "Decompress").
const initialRoute = routeFromHash(window.location.hash);
document.title = windowTitle(initialRoute);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');

// Load the window's own screen before the first render, so it paints once,
// complete, instead of a placeholder first.
startEarlyRead(initialRoute);
const InitialScreen = initialRoute ? (await SCREEN_LOADERS[initialRoute]()).default : null;

createRoot(root).render(
  <StrictMode>
    <App initialRoute={initialRoute} InitialScreen={InitialScreen} />
  </StrictMode>,
);
