/** An error as it crosses from the worker to the page: its name, message and the data the pane words it from. */
export type WireError = { name: string; message: string; data?: Record<string, unknown> };

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const data: Record<string, unknown> = {};
  for (const key of ['sheets', 'reason', 'cells', 'undo', 'file', 'code', 'failure', 'resume', 'inserted'] as const) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value !== undefined) data[key] = value;
  }
  return { name: error.name, message: error.message, data };
}

export function fromWire(wire: WireError): Error {
  const error = new Error(wire.message);
  error.name = wire.name;
  Object.assign(error, wire.data ?? {});
  return error;
}
