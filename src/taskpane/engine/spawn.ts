/**
 * Starts the pane's Web Worker. `import.meta.url` is how webpack finds and bundles the worker; this
 * file is only loaded by the pages' entry points (the tests run the engine in-process instead).
 */
export function spawnEngine(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  // @ts-expect-error TS1343: import.meta is ES-module syntax, which webpack compiles here (the type check runs as CommonJS).
  return new Worker(new URL('./worker.ts', import.meta.url));
}
