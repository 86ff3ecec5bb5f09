import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellRef } from '../../hosts/excel/highlight';
import { parseA1 } from '../../domain/sheet/address';
import type { EngineClient } from '../engine/client';
import { fileEngine } from '../engine/engines';
import type { Engine } from '../engine/types';
import type { OpenedInfo, SheetWindow } from './fileSession';
import { webHost } from './webHost';
import type { WorkbookHost } from '../host';
import { downloadBytes } from '../download';
import { useWork } from '../useWork';

/** The workbook open in the page: its worker, what the page knows of it, and whether it has unsaved work. */
type Opened = { client: EngineClient; info: OpenedInfo; fresh: boolean; host: WorkbookHost; engine: Engine };

/**
 * The workbook opened in the page: each file gets its own Web Worker, which reads it (progress and a
 * cancel), holds it, writes into it and makes the file to download. The page keeps only what it
 * shows: the sheets' names and a window of the sheet in view.
 */
export function useWorkbookFile(spawn: () => EngineClient) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [version, setVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [activeSheet, setActiveSheet] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [flagged, setFlagged] = useState<readonly CellRef[]>([]);
  const [preview, setPreview] = useState<SheetWindow | null>(null);
  const opening = useWork();
  const saving = useWork();
  const current = useRef<Opened | null>(null);
  useEffect(() => () => current.current?.client.terminate(), []);

  const adopt = useCallback((client: EngineClient, info: OpenedInfo, fresh: boolean) => {
    current.current?.client.terminate();
    const host = webHost(client, {
      changed: () => {
        setDirty(true);
        setVersion((v) => v + 1);
      },
      goTo: (sheet, cell) => { setActiveSheet(sheet); setSelected(cell); },
      highlight: (cells) => setFlagged(cells),
    });
    const next: Opened = { client, info, fresh, host, engine: fileEngine(client) };
    current.current = next;
    setOpened(next);
    setDirty(false);
    setActiveSheet(info.sheets[0]?.name);
    setSelected(undefined);
    setFlagged([]);
    setVersion((v) => v + 1);
  }, []);

  /** Opens a file in a worker of its own; the workbook open until then stays if it cannot be read or the user stops. */
  const open = useCallback(async (file: File) => {
    setError(null);
    const client = spawn();
    try {
      const info = await opening.run(async (work) => {
        work.progress?.('open', 0, 0);
        const bytes = new Uint8Array(await file.arrayBuffer());
        return client.call('open', { bytes, name: file.name }, work, { transfer: [bytes.buffer as ArrayBuffer] });
      });
      if (info) adopt(client, info, false);
      else client.terminate();
    } catch (failure) {
      client.terminate();
      setError(failure);
    }
  }, [spawn, opening, adopt]);

  /** A new, empty workbook for a consolidation of the communes' files. */
  const startNew = useCallback(async (name: string) => {
    setError(null);
    const client = spawn();
    try {
      adopt(client, await client.call('fresh', { name }), true);
    } catch (failure) {
      client.terminate();
      setError(failure);
    }
  }, [spawn, adopt]);

  // The window of the sheet in view, read again whenever the workbook changes or another cell is chosen.
  useEffect(() => {
    if (!opened) {
      setPreview(null);
      return;
    }
    let live = true;
    void (async () => {
      const info = await opened.client.call('info', {});
      const sheet = activeSheet ?? info.sheets[0]?.name;
      if (!live) return;
      if (!sheet) {
        setPreview(null);
        return;
      }
      const around = selected ? parseA1(selected) ?? undefined : undefined;
      const window = await opened.client.call('preview', { sheet, around });
      if (live) {
        setPreview(window);
        setOpened((o) => (o && o.client === opened.client ? { ...o, info } : o));
        if (!activeSheet) setActiveSheet(sheet);
      }
    })().catch(() => undefined);
    return () => { live = false; };
  }, [opened?.client, activeSheet, selected, version]);

  const download = useCallback(async () => {
    if (!opened) return;
    setError(null);
    try {
      const bytes = await saving.run((work) => opened.client.call('download', {}, work));
      if (!bytes) return;
      downloadBytes(bytes, opened.info.name.replace(/\.(xlsx|xlsm|xls|ods|csv)$/i, '') + '-ntm.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setDirty(false);
    } catch (failure) {
      setError(failure);
    }
  }, [opened, saving]);

  const chooseSheet = useCallback((sheet: string) => {
    setActiveSheet(sheet);
    setSelected(undefined);
  }, []);

  return useMemo(() => ({
    opened, preview, dirty, error, open, startNew, download, opening, saving, activeSheet, chooseSheet, selected, flagged,
  }), [opened, preview, dirty, error, open, startNew, download, opening, saving, activeSheet, chooseSheet, selected, flagged]);
}
