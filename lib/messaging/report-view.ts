// Plain view helpers shared by the side panel and the popup: what a report says, in words.

import type { Analysis } from '../model';
import type { TabReport } from './protocol';

export interface ReportCounts {
  units: number;
  places: number;
  claims: number;
}

export function counts(analysis: Analysis): ReportCounts {
  return { units: analysis.units.length, places: analysis.places.length, claims: analysis.claims.length };
}

export function verdictLabel(report: TabReport): string {
  return report.analysis.warCoverage.isWarCoverage ? 'War coverage' : 'Not war coverage';
}

/** "12 units" / "1 unit". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The URL without query and fragment, for display. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? u.pathname : `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

/** Whether a page's URL is one the content script reads at all. */
export function isReadableUrl(url: string | undefined): boolean {
  return !!url && /^(https?|file):/i.test(url);
}
