import { useEffect, useMemo, useRef, useState } from 'react';
import {
  FluentProvider, MenuItemRadio, MenuList, Select, Subtitle2, Tab, TabList, makeStyles, tokens, webLightTheme, type Theme,
} from '@fluentui/react-components';
import type { Lang } from '../domain/findings/codes';
import type { WorkbookHost } from './host';
import type { Engine } from './engine/types';
import { inlineEngine } from './engine/engines';
import { stringsFor, type Mode } from './strings';
import { PaneContext, type Pane } from './pane';
import { CheckPanel } from './check/CheckPanel';
import { FillPanel } from './fill/FillPanel';
import { AppendixPanel } from './appendix/AppendixPanel';
import { TemplatePanel } from './template/TemplatePanel';
import { ConsolidatePanel } from './consolidate/ConsolidatePanel';
import { TextPanel } from './text/TextPanel';

/** Tiếng Việt / English. */
export function LanguageSelect({ lang, onChange, label }: { lang: Lang; onChange: (lang: Lang) => void; label: string }) {
  const styles = useStyles();
  return (
    <Select className={styles.language} size="small" value={lang} onChange={(_, data) => onChange(data.value as Lang)} aria-label={label}>
      <option value="vi">Tiếng Việt</option>
      <option value="en">English</option>
    </Select>
  );
}

export type Panel = 'check' | 'fill' | 'appendix' | 'template' | 'consolidate' | 'text';

/** Three tabs always in sight; the others behind "Thêm" (four top-level tabs fit a 320 px pane). */
const TABS: readonly Panel[] = ['check', 'fill', 'appendix'];
const MORE: readonly Panel[] = ['template', 'consolidate', 'text'];

const useStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '100%', overflowX: 'hidden' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, minWidth: 0 },
  title: { margin: 0, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  language: { flexShrink: 0, width: '7.5em' },
  tabs: { flexWrap: 'nowrap', overflow: 'hidden', padding: `0 ${tokens.spacingHorizontalXS}` },
  // Four tabs on one line at 320 px: no wrapping inside a tab, little padding around its words.
  more: { margin: `0 ${tokens.spacingHorizontalM}`, padding: tokens.spacingVerticalXS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow4 },
  tab: { flexShrink: 1, minWidth: 0, whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export type AppProps = {
  host: WorkbookHost;
  /** The computations (a Web Worker in the pages); on the page's own thread when not given. */
  engine?: Engine;
  mode?: Mode;
  initialLang?: Lang;
  theme?: Theme;
  initialPanel?: Panel;
  onLangChange?: (lang: Lang) => void;
  /** The language, when the page around the pane chooses it (the web page's bar): the pane then shows no header. */
  lang?: Lang;
};

/** The task pane: Vietnamese first, English on request; the same panels in Excel and in the web page. */
export function App({ host, engine, mode = 'excel', initialLang = 'vi', theme = webLightTheme, initialPanel = 'check', onLangChange, lang: chosen }: AppProps) {
  const styles = useStyles();
  const [own, setLang] = useState<Lang>(initialLang);
  const lang = chosen ?? own;
  const [panel, setPanel] = useState<Panel>(initialPanel);
  const computations = useMemo(() => engine ?? inlineEngine((onProgress) => host.read(onProgress)), [engine, host]);
  const strings = stringsFor(lang, mode);
  const pane = useMemo<Pane>(() => ({ lang, mode, strings, host, engine: computations }), [lang, mode, strings, host, computations]);
  const more = MORE.includes(panel);
  // "Thêm" opens its list in the page, under the tabs: nothing floats over the pane (a popover
  // placed against a scrolled pane can land off screen).
  const [listOpen, setListOpen] = useState(false);
  const list = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (listOpen) list.current?.querySelector<HTMLElement>('[role=menuitemradio]')?.focus();
  }, [listOpen]);
  // A panel is drawn the first time it is opened, then kept (with what it holds): the pane appears at once.
  const [seen, setSeen] = useState<ReadonlySet<Panel>>(() => new Set([initialPanel]));
  const open = (next: Panel) => {
    setListOpen(false);
    setPanel(next);
    setSeen((old) => (old.has(next) ? old : new Set([...old, next])));
  };
  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };
  return (
    <FluentProvider theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'} className={styles.root}>
      <PaneContext.Provider value={pane}>
        {chosen === undefined && (
          <header className={styles.header}>
            <Subtitle2 as="h1" className={styles.title}>{strings.title}</Subtitle2>
            <LanguageSelect lang={lang} onChange={changeLang} label={strings.language} />
          </header>
        )}
        <TabList className={styles.tabs} size="small" selectedValue={more ? 'more' : panel} onTabSelect={(_, data) => { if (data.value !== 'more') open(data.value as Panel); }} aria-label={strings.title}>
          {TABS.map((value) => <Tab key={value} value={value} className={styles.tab}>{strings.tabs[value]}</Tab>)}
          <Tab
            value="more" className={styles.tab} aria-haspopup="menu" aria-expanded={listOpen}
            aria-label={more ? `${strings.more}: ${strings.tabs[panel]}` : strings.moreLabel}
            onClick={() => setListOpen(!listOpen)}
          >
            {strings.more} {listOpen ? '▴' : '▾'}
          </Tab>
        </TabList>
        {listOpen && (
          <div ref={list} className={styles.more} onKeyDown={(event) => { if (event.key === 'Escape') setListOpen(false); }}>
            <MenuList aria-label={strings.moreLabel} checkedValues={{ panel: more ? [panel] : [] }} onCheckedValueChange={(_, data) => open(data.checkedItems[0] as Panel)}>
              {MORE.map((value) => <MenuItemRadio key={value} name="panel" value={value}>{strings.tabs[value]}</MenuItemRadio>)}
            </MenuList>
          </div>
        )}
        {seen.has('check') && <div hidden={panel !== 'check'}><CheckPanel /></div>}
        {seen.has('fill') && <div hidden={panel !== 'fill'}><FillPanel /></div>}
        {seen.has('appendix') && <div hidden={panel !== 'appendix'}><AppendixPanel /></div>}
        {seen.has('template') && <div hidden={panel !== 'template'}><TemplatePanel /></div>}
        {seen.has('consolidate') && <div hidden={panel !== 'consolidate'}><ConsolidatePanel /></div>}
        {seen.has('text') && <div hidden={panel !== 'text'}><TextPanel /></div>}
      </PaneContext.Provider>
    </FluentProvider>
  );
}
