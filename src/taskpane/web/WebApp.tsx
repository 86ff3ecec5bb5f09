import { useEffect, useRef, useState, type DragEvent } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, FluentProvider, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger,
  MessageBar, MessageBarBody, Select, Text, makeStyles, tokens, webLightTheme,
} from '@fluentui/react-components';
import { App, LanguageSelect } from '../App';
import { GridPreview } from './GridPreview';
import { FORMAT_NAMES } from '../../hosts/xlsx/formats';
import { useWorkbookFile } from './useWorkbookFile';
import type { Lang } from '../../domain/findings/codes';
import type { EngineClient } from '../engine/client';
import { WorkProgress } from '../WorkProgress';
import { stringsFor, count } from '../strings';
import { failureText } from '../words';

/** The web page's own words, in the pane's language (Vietnamese first). */
const WEB = {
  vi: {
    title: 'Kế hoạch NTM',
    open: 'Mở sổ làm việc', consolidate: 'Tổng hợp tệp của các xã', download: 'Tải về', downloadLabel: 'Tải về sổ làm việc', more: 'Việc khác', sheet: 'Trang',
    readFrom: (format: string) => `(đọc từ ${format}; tải về dạng .xlsx)`,
    unsavedMark: '· có thay đổi chưa tải về',
    drop: 'Kéo thả một sổ làm việc (.xlsx, .xls, .ods, .csv) vào đây, hoặc bấm "Mở sổ làm việc". Kết quả tải về dạng .xlsx.',
    local: 'Tệp được đọc ngay trong trình duyệt và không rời khỏi máy của bạn. Sau khi kiểm tra, điền hay lập phụ lục, bấm "Tải về".',
    province: 'Tỉnh nhận tệp của nhiều xã? Bấm "Tổng hợp tệp của các xã", rồi chọn hoặc kéo thả các tệp vào.',
    nothing: 'Mở một sổ làm việc để kiểm tra, điền công thức, lập phụ lục hoặc tạo biểu mẫu.',
    openFailed: 'Không mở được tệp',
    saveFailed: 'Không tạo được tệp để tải về',
    shown: (rows: number, allRows: number, cols: number, allCols: number) => `Xem trước ${count(rows, 'vi')}/${count(allRows, 'vi')} dòng, ${count(cols, 'vi')}/${count(allCols, 'vi')} cột`,
    unsavedTitle: 'Sổ làm việc đang mở có thay đổi chưa tải về',
    unsavedBody: 'Nếu tiếp tục, những gì đã làm trên sổ làm việc này (công thức đã điền, phụ lục, biểu mẫu, phát hiện đã bỏ qua …) sẽ mất. Tải về trước để giữ lại.',
    downloadFirst: 'Tải về trước',
    discard: 'Bỏ thay đổi, tiếp tục',
    keep: 'Hủy',
  },
  en: {
    title: 'NTM plan',
    open: 'Open a workbook', consolidate: "Consolidate the communes' files", download: 'Download', downloadLabel: 'Download the workbook', more: 'More', sheet: 'Sheet',
    readFrom: (format: string) => `(read from ${format}; downloaded as .xlsx)`,
    unsavedMark: '· changes not downloaded',
    drop: 'Drop a workbook (.xlsx, .xls, .ods, .csv) here, or click "Open a workbook". Results download as .xlsx.',
    local: 'The file is read in the browser and never leaves your computer. After checking, filling or building the appendix, click "Download".',
    province: 'A province receiving many communes\' files? Click "Consolidate the communes\' files", then choose or drop the files.',
    nothing: 'Open a workbook to check it, fill its formulas, build the appendix or insert templates.',
    openFailed: 'The file could not be opened',
    saveFailed: 'The file to download could not be made',
    shown: (rows: number, allRows: number, cols: number, allCols: number) => `Preview of ${count(rows, 'en')} of ${count(allRows, 'en')} rows, ${count(cols, 'en')} of ${count(allCols, 'en')} columns`,
    unsavedTitle: 'The open workbook has changes not downloaded',
    unsavedBody: 'If you go on, what was done to this workbook (formulas filled, the appendix, templates, findings ignored …) is lost. Download it first to keep it.',
    downloadFirst: 'Download first',
    discard: 'Discard and go on',
    keep: 'Cancel',
  },
} as const;

const useStyles = makeStyles({
  page: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(320px, 380px)', gridTemplateRows: 'auto minmax(0, 1fr)', height: '100vh', maxWidth: '100vw', overflowX: 'hidden',
    // A narrow window (a phone, a pane-sized window): the panels first, the preview under them.
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'auto auto auto', height: 'auto' },
  },
  bar: { gridColumn: '1 / -1', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  file: { minWidth: 0, maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200 },
  wide: { '@media (max-width: 760px)': { display: 'none' } },
  narrow: { '@media (min-width: 761px)': { display: 'none' } },
  left: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minHeight: 0, minWidth: 0, padding: tokens.spacingHorizontalS, '@media (max-width: 760px)': { order: 2, minHeight: '50vh' } },
  right: { overflowY: 'auto', overflowX: 'hidden', minWidth: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, '@media (max-width: 760px)': { order: 1, borderLeft: 'none' } },
  drop: { margin: 'auto', padding: tokens.spacingHorizontalXL, border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, textAlign: 'center', maxWidth: '32em', boxSizing: 'border-box', overflowWrap: 'anywhere' },
  sheetSelect: { width: '100%', minWidth: 0 },
  icon: { minWidth: '32px' },
});

/** What waits for the user's answer about unsaved work. */
type Pending = { kind: 'open'; file: File } | { kind: 'new' };

/**
 * Web mode: the task pane over a workbook opened in the browser (read and written in a Web Worker),
 * with a preview of its sheets; nothing replaces unsaved work without asking.
 */
export function WebApp({ spawn }: { spawn: () => EngineClient }) {
  const styles = useStyles();
  const file = useWorkbookFile(spawn);
  const [dragging, setDragging] = useState(false);
  const [lang, setLang] = useState<Lang>('vi');
  const [pending, setPending] = useState<Pending | null>(null);
  const words = WEB[lang];
  const strings = stringsFor(lang, 'web');
  const input = useRef<HTMLInputElement>(null);
  const { opened, preview, dirty } = file;

  // Closing the tab with work not downloaded: the browser asks.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => { event.preventDefault(); event.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const proceed = (action: Pending) => {
    setPending(null);
    if (action.kind === 'open') void file.open(action.file);
    else void file.startNew(lang === 'vi' ? 'tong-hop-tinh.xlsx' : 'province-consolidation.xlsx');
  };
  /** Anything that replaces the open workbook asks first when it holds work not downloaded. */
  const replace = (action: Pending) => (dirty ? setPending(action) : proceed(action));
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) replace({ kind: 'open', file: dropped });
  };
  const flagged = new Set(file.flagged.filter((c) => c.sheet === preview?.sheet.name).map((c) => c.cell));
  const sheets = opened?.info.sheets ?? [];
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
        <div className={styles.page} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
          <div className={styles.bar}>
            <div className={styles.line}>
              <h1 className={styles.title}>{words.title}</h1>
              <LanguageSelect lang={lang} onChange={setLang} label={strings.language} />
            </div>
            <div className={styles.line}>
              <Button appearance="primary" size="small" onClick={() => input.current?.click()} disabled={file.opening.busy}>{words.open}</Button>
              <input ref={input} type="file" accept=".xlsx,.xlsm,.xls,.ods,.csv" hidden data-testid="file-input" onChange={(e) => { const chosen = e.target.files?.[0]; e.target.value = ''; if (chosen) replace({ kind: 'open', file: chosen }); }} />
              {opened && <Button size="small" onClick={() => void file.download()} disabled={file.saving.busy} aria-label={words.downloadLabel}>{words.download}</Button>}
              <Button size="small" className={styles.wide} onClick={() => replace({ kind: 'new' })}>{words.consolidate}</Button>
              <span className={styles.narrow}>
                <Menu>
                  <MenuTrigger disableButtonEnhancement><Button size="small" className={styles.icon} aria-label={words.more} title={words.more}>⋯</Button></MenuTrigger>
                  <MenuPopover><MenuList><MenuItem onClick={() => replace({ kind: 'new' })}>{words.consolidate}</MenuItem></MenuList></MenuPopover>
                </Menu>
              </span>
            </div>
            {opened && (
              <Text className={styles.file} title={opened.info.name}>
                <b>{opened.info.name}</b>{opened.info.format !== 'xlsx' ? ` ${words.readFrom(FORMAT_NAMES[opened.info.format])}` : ''}{dirty ? ` ${words.unsavedMark}` : ''}
              </Text>
            )}
            {file.opening.progress && <WorkProgress state={file.opening.progress} onCancel={file.opening.cancel} strings={strings} />}
            {file.saving.progress && <WorkProgress state={file.saving.progress} onCancel={file.saving.cancel} strings={strings} />}
            {file.error !== null && (
              <MessageBar intent="error" layout="multiline"><MessageBarBody><b>{opened && !file.opening.busy ? words.saveFailed : words.openFailed}:</b> {failureText(file.error, strings, lang)}</MessageBarBody></MessageBar>
            )}
          </div>
          <div className={styles.left}>
            {!opened && !file.opening.busy && (
              <div className={styles.drop} style={dragging ? { borderColor: tokens.colorBrandStroke1 } : undefined}>
                <Text as="p" size={400}>{words.drop}</Text>
                <Text as="p">{words.local}</Text>
                <Text as="p">{words.province}</Text>
              </div>
            )}
            {opened && sheets.length > 0 && (
              <>
                <Select className={styles.sheetSelect} size="small" aria-label={words.sheet} value={file.activeSheet ?? sheets[0].name} onChange={(_, d) => file.chooseSheet(d.value)}>
                  {sheets.map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
                </Select>
                {preview && (
                  <>
                    <Text size={200}>{words.shown(preview.sheet.values.length, preview.rows, preview.sheet.values[0]?.length ?? 0, preview.cols)}</Text>
                    <GridPreview sheet={preview.sheet} flagged={flagged} selected={file.selected} label={preview.sheet.name} />
                  </>
                )}
              </>
            )}
          </div>
          <div className={styles.right}>
            {opened
              ? <App key={`${opened.info.name}-${opened.fresh ? 'new' : 'file'}`} host={opened.host} engine={opened.engine} mode="web" lang={lang} initialPanel={opened.fresh ? 'consolidate' : 'check'} />
              : <Text as="p" style={{ padding: 16 }}>{words.nothing}</Text>}
          </div>
        </div>
        <Dialog open={pending !== null} onOpenChange={(_, d) => { if (!d.open) setPending(null); }}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{words.unsavedTitle}</DialogTitle>
              <DialogContent>{words.unsavedBody}</DialogContent>
              <DialogActions fluid>
                <Button appearance="primary" onClick={() => { const action = pending!; void file.download().then(() => proceed(action)); }}>{words.downloadFirst}</Button>
                <Button onClick={() => proceed(pending!)}>{words.discard}</Button>
                <Button appearance="subtle" onClick={() => setPending(null)}>{words.keep}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
    </FluentProvider>
  );
}
