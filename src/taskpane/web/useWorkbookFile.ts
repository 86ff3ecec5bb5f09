import { useCallback, useMemo, useState } from 'react';
import ExcelJS from 'exceljs';
import { snapshotOfWorkbook } from '../../hosts/xlsx/readSnapshot';
import { openWorkbookBytes } from '../../hosts/xlsx/open';
import type { FileFormat } from '../../hosts/xlsx/formats';
import type { WorkbookSnapshot } from '../../domain/sheet/snapshot';
import type { CellRef } from '../../hosts/excel/highlight';
import { fileHost } from './fileHost';
import { downloadBytes } from '../download';

type Opened = { workbook: ExcelJS.Workbook; name: string; format: FileFormat; fresh?: true };

/** The workbook opened in the page: loading, the host the pane works through, the preview's state, download. */
export function useWorkbookFile() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [activeSheet, setActiveSheet] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [flagged, setFlagged] = useState<readonly CellRef[]>([]);

  const open = useCallback(async (file: File) => {
    setError(null);
    try {
      // .xlsx as it is; .ods, .xls and .csv through SheetJS, loaded only then.
      const { workbook, format } = await openWorkbookBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      setOpened({ workbook, name: file.name, format });
      setActiveSheet(workbook.worksheets[0]?.name);
      setSelected(undefined);
      setFlagged([]);
      setVersion((v) => v + 1);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);

  /** A new, empty workbook for a consolidation of the communes' files. */
  const startNew = useCallback((name: string) => {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ntm-plan';
    setError(null);
    setOpened({ workbook, name, format: 'xlsx', fresh: true });
    setActiveSheet(undefined);
    setSelected(undefined);
    setFlagged([]);
    setVersion((v) => v + 1);
  }, []);

  const host = useMemo(() => (opened ? fileHost(opened.workbook, opened.name, {
    changed: () => {
      setVersion((v) => v + 1);
      // A first write into a new workbook: show its first sheet.
      setActiveSheet((sheet) => sheet ?? opened.workbook.worksheets[0]?.name);
    },
    goTo: (sheet, cell) => { setActiveSheet(sheet); setSelected(cell); },
    highlight: (cells) => setFlagged(cells),
  }) : null), [opened]);

  // `version` changes whenever the pane writes into the workbook: the snapshot is read again.
  const snapshot: WorkbookSnapshot | null = useMemo(() => (opened ? snapshotOfWorkbook(opened.workbook, opened.name) : null), [opened, version]);

  const download = useCallback(async () => {
    if (!opened) return;
    const bytes = new Uint8Array(await opened.workbook.xlsx.writeBuffer());
    downloadBytes(bytes, opened.name.replace(/\.(xlsx|xls|ods|csv)$/i, '') + '-ntm.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  }, [opened]);

  return { opened, snapshot, host, error, open, startNew, download, activeSheet, setActiveSheet, selected, flagged };
}
