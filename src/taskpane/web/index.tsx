import { createRoot } from 'react-dom/client';
import { WebApp } from './WebApp';
import { spawnEngine } from '../engine/spawn';
import { WorkerClient } from '../engine/client';
import { LocalClient } from '../engine/localClient';
import type { EngineClient } from '../engine/client';

/** Each workbook opened gets a Web Worker of its own; where none can start, the page's own thread does the work. */
const spawn = (): EngineClient => (typeof Worker === 'undefined' ? new LocalClient() : new WorkerClient(() => spawnEngine()!));

const container = document.getElementById('root');
if (container) createRoot(container).render(<WebApp spawn={spawn} />);
