import { useState } from 'react';
import { FluentProvider, Select, Tab, TabList, Title3, makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';
import type { Lang } from '../domain/findings/codes';
import type { WorkbookHost } from './host';
import { STRINGS } from './strings';
import { CheckPanel } from './check/CheckPanel';
import { FillPanel } from './fill/FillPanel';
import { AppendixPanel } from './appendix/AppendixPanel';
import { TemplatePanel } from './template/TemplatePanel';
import { ConsolidatePanel } from './consolidate/ConsolidatePanel';
import { TextPanel } from './text/TextPanel';

export type Panel = 'check' | 'fill' | 'appendix' | 'template' | 'consolidate' | 'text';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalM },
  language: { flexShrink: 0 },
  // Six tabs do not fit a 320 px pane on one line: they wrap rather than hide the last one.
  tabs: { flexWrap: 'wrap' },
});

export type AppProps = { host: WorkbookHost; initialLang?: Lang; theme?: Theme; initialPanel?: Panel; onLangChange?: (lang: Lang) => void };

/** The task pane: Vietnamese first, English on request. */
export function App({ host, initialLang = 'vi', theme = webLightTheme, initialPanel = 'check', onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<Panel>(initialPanel);
  const strings = STRINGS[lang];
  return (
    <FluentProvider theme={theme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.title}</Title3>
        <Select className={styles.language} size="small" value={lang} onChange={(_, data) => { setLang(data.value as Lang); onLangChange?.(data.value as Lang); }} aria-label={strings.language}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </Select>
      </header>
      <TabList className={styles.tabs} size="small" selectedValue={panel} onTabSelect={(_, data) => setPanel(data.value as Panel)} aria-label={strings.title}>
        <Tab value="check">{strings.tabCheck}</Tab>
        <Tab value="fill">{strings.tabFill}</Tab>
        <Tab value="appendix">{strings.tabAppendix}</Tab>
        <Tab value="template">{strings.tabTemplate}</Tab>
        <Tab value="consolidate">{strings.tabConsolidate}</Tab>
        <Tab value="text">{strings.tabText}</Tab>
      </TabList>
      <div hidden={panel !== 'check'}><CheckPanel host={host} lang={lang} /></div>
      <div hidden={panel !== 'fill'}><FillPanel host={host} lang={lang} /></div>
      <div hidden={panel !== 'appendix'}><AppendixPanel host={host} lang={lang} /></div>
      <div hidden={panel !== 'template'}><TemplatePanel host={host} lang={lang} /></div>
      <div hidden={panel !== 'consolidate'}><ConsolidatePanel host={host} lang={lang} /></div>
      <div hidden={panel !== 'text'}><TextPanel host={host} lang={lang} /></div>
    </FluentProvider>
  );
}
