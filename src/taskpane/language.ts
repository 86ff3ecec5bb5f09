import type { Lang } from '../domain/findings/codes';

/**
 * The pane's language from Office's display language: English for an English Office, Vietnamese
 * otherwise (the users are Vietnamese offices; a French or Chinese Office gets Vietnamese first, and
 * the switch in the pane's header stays).
 *
 * @example
 * langFromOffice('en-US') === 'en'; langFromOffice('vi-VN') === 'vi'; langFromOffice(undefined) === 'vi'
 */
export function langFromOffice(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}
