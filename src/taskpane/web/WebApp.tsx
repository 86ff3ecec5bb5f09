import { useRef, useState, type DragEvent } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { App } from '../App';
import { GridPreview } from './GridPreview';
import { FORMAT_NAMES } from '../../hosts/xlsx/formats';
import { useWorkbookFile } from './useWorkbookFile';
import type { Lang } from '../../domain/findings/codes';

/** The web page's own words, in the pane's language (Vietnamese first). */
const WEB = {
  vi: {
    open: 'Mở sổ tính', consolidate: 'Tổng hợp tệp của các xã', download: 'Tải về sổ tính', sheets: 'Trang tính',
    readFrom: (format: string) => `(đọc từ ${format}; tải về dạng .xlsx)`,
    drop: 'Kéo thả một sổ tính (.xlsx, .xls, .ods, .csv) vào đây, hoặc bấm "Mở sổ tính". Kết quả tải về dạng .xlsx.',
    local: 'Tệp được đọc ngay trong trình duyệt và không rời khỏi máy của bạn. Sau khi kiểm tra, điền hay lập phụ lục, bấm "Tải về sổ tính".',
    province: 'Tỉnh nhận tệp của nhiều xã? Bấm "Tổng hợp tệp của các xã" rồi chọn hoặc kéo thả các tệp vào ô Tổng hợp.',
    nothing: 'Mở một sổ tính để kiểm tra, điền công thức, lập phụ lục hoặc tạo biểu mẫu.',
  },
  en: {
    open: 'Open a workbook', consolidate: "Consolidate the communes' files", download: 'Download the workbook', sheets: 'Sheets',
    readFrom: (format: string) => `(read from ${format}; downloaded as .xlsx)`,
    drop: 'Drop a workbook (.xlsx, .xls, .ods, .csv) here, or click "Open a workbook". Results download as .xlsx.',
    local: 'The file is read in the browser and never leaves your computer. After checking, filling or building the appendix, click "Download the workbook".',
    province: 'A province receiving many communes\' files? Click "Consolidate the communes\' files", then choose or drop the files on the Consolidate tab.',
    nothing: 'Open a workbook to check it, fill its formulas, build the appendix or insert templates.',
  },
} as const;

const useStyles = makeStyles({
  page: {
    display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', gridTemplateRows: 'auto minmax(0, 1fr)', height: '100vh',
    // A narrow window (a phone, a side-by-side window): the panels first, the preview under them.
    '@media (max-width: 760px)': { gridTemplateColumns: 'minmax(0, 1fr)', gridTemplateRows: 'auto auto auto', height: 'auto' },
  },
  bar: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  left: { display: 'flex', flexDirection: 'column', minHeight: 0, padding: tokens.spacingHorizontalS, '@media (max-width: 760px)': { order: 2, minHeight: '60vh' } },
  right: { overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, '@media (max-width: 760px)': { order: 1, borderLeft: 'none' } },
  drop: { margin: 'auto', padding: tokens.spacingHorizontalXXL, border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, textAlign: 'center', maxWidth: '32em' },
});

/** Web mode: the task pane over an .xlsx opened in the browser, with a preview of its sheets. */
export function WebApp() {
  const styles = useStyles();
  const file = useWorkbookFile();
  const [dragging, setDragging] = useState(false);
  const [lang, setLang] = useState<Lang>('vi');
  const words = WEB[lang];
  const input = useRef<HTMLInputElement>(null);
  const flagged = new Set(file.flagged.filter((c) => c.sheet === file.activeSheet).map((c) => c.cell));
  const sheet = file.snapshot?.sheets.find((s) => s.name === file.activeSheet) ?? file.snapshot?.sheets[0];
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) void file.open(dropped);
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <div className={styles.page} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <div className={styles.bar}>
          <Button appearance="primary" onClick={() => input.current?.click()}>{words.open}</Button>
          <input ref={input} type="file" accept=".xlsx,.xls,.ods,.csv" hidden data-testid="file-input" onChange={(e) => { const chosen = e.target.files?.[0]; if (chosen) void file.open(chosen); }} />
          <Button onClick={() => file.startNew('tong-hop-tinh.xlsx')}>{words.consolidate}</Button>
          {file.opened && <Text weight="semibold">{file.opened.name}</Text>}
          {file.opened && file.opened.format !== 'xlsx' && <Text size={200}>{words.readFrom(FORMAT_NAMES[file.opened.format])}</Text>}
          {file.opened && <Button onClick={() => void file.download()}>{words.download}</Button>}
        </div>
        <div className={styles.left}>
          {file.error && <MessageBar intent="error"><MessageBarBody>{file.error}</MessageBarBody></MessageBar>}
          {!file.snapshot && (
            <div className={styles.drop} style={dragging ? { borderColor: tokens.colorBrandStroke1 } : undefined}>
              <Text as="p" size={400}>{words.drop}</Text>
              <Text as="p">{words.local}</Text>
              <Text as="p">{words.province}</Text>
            </div>
          )}
          {file.snapshot && sheet && (
            <>
              <TabList selectedValue={sheet.name} onTabSelect={(_, data) => file.setActiveSheet(String(data.value))} size="small" aria-label={words.sheets}>
                {file.snapshot.sheets.map((s) => <Tab key={s.name} value={s.name}>{s.name}</Tab>)}
              </TabList>
              <GridPreview sheet={sheet} flagged={flagged} selected={file.selected} />
            </>
          )}
        </div>
        <div className={styles.right}>
          {file.host ? <App key={`${file.opened?.name}${file.opened?.fresh ? ' (mới)' : ''}`} host={file.host} initialPanel={file.opened?.fresh ? 'consolidate' : 'check'} initialLang={lang} onLangChange={setLang} /> : <Text as="p" style={{ padding: 16 }}>{words.nothing}</Text>}
        </div>
      </div>
    </FluentProvider>
  );
}
