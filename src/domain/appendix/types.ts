import type { FindingDraft } from '../findings/codes';
import type { Timeline } from '../text/timeline';

/** A task of the responsibility appendix, its six columns as the user typed them. */
export type AppendixRow = {
  /** 1, 2, 3 … restarting in each section. */
  tt: string;
  content: string;
  directing: string;
  implementing: string;
  coordinating: string;
  timeline: string;
  parsedTimeline: Timeline | null;
  source: 'tasks' | 'assignment';
  /** The criterion number of a derived row ("village" or "model-village" for village targets). */
  key?: string;
};

export type AppendixSection = { tt: string; title: string; rows: AppendixRow[] };

export type AppendixOptions = {
  planNumber?: string;
  planDate?: string;
  /** Who directs the derived rows (default: the planning level's committee — "BCĐ tỉnh" from 2026, "BCĐ huyện" before). */
  directing?: string;
  /** The deadline of the derived rows (default "Năm <plan year>"). */
  deadline?: string;
  /** Expand agency abbreviations (BCĐ → Ban Chỉ đạo) or keep them as typed (default). */
  abbreviations?: 'keep' | 'expand';
};

export type Appendix = {
  title: string;
  subtitle: string;
  sections: AppendixSection[];
  warnings: FindingDraft[];
};
