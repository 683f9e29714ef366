// "Search for more sources" (opt-in) in the background. Two messages for the side panel:
//
//   search:preview {tabId, claim}  → the exact query text (describeQuery) to show before sending,
//                                    whether search is on, and SEARCH_EXPLANATION for first use;
//   search:more    {tabId, claim}  → runs lib/search/gdelt searchMoreSources for that claim of the
//                                    tab's report: GDELT (with its host permission), then up to
//                                    five results read from their own sites where allowed,
//                                    analysed with the shared gazetteer and linked with the real
//                                    linker to the claim. Found articles are not added to the library.
//
// Refused while search is off (options: "Search for more sources", off by default).

import { analyze } from '../analyze';
import type { Claim, SourceMeta } from '../model';
import { createLinkService } from '../claims/service';
import { toRecord } from '../claims/record';
import { createMemoryLibrary } from '../store/library';
import { buildGdeltQuery, describeQuery, GDELT_PERMISSION, searchMoreSources, SEARCH_DEFAULTS, SEARCH_EXPLANATION, type SearchContext, type SearchDeps } from '../search/gdelt';
import type { BackgroundContext, BackgroundFeature } from '../messaging/background-service';
import type { LibraryToBackground, SearchResultView, TabReport } from '../messaging/index';
import { validateClaimRef, validateEmpty } from '../messaging/validate';
import { hasHostPermission } from './feeds';
import { pageSourceMeta, type LibraryCore } from './library';
import { isSearchEnabled } from './settings';

export interface SearchOptions {
  fetch?: SearchDeps['fetch'];
  hasPermission?: (origin: string) => Promise<boolean>;
  /** Only tests point this at a stand-in; the build uses GDELT's address. */
  endpoint?: string;
  now?: () => number;
}

function searchContext(report: TabReport): SearchContext {
  return { places: report.analysis.places, units: report.analysis.units, published: report.meta.published };
}

export function searchFeature(_core: LibraryCore, options: SearchOptions = {}) {
  return (ctx: BackgroundContext): BackgroundFeature => {
    const claimOf = async (tabId: number, index: number): Promise<{ report: TabReport; claim: Claim }> => {
      const report = await ctx.getReport(tabId);
      if (!report) throw new Error(`tab ${tabId} has no report`);
      const claim = report.analysis.claims[index];
      if (!claim) throw new Error(`the page has no claim ${index}`);
      return { report, claim };
    };
    type M = LibraryToBackground;
    return {
      pageMessages: {
        'search:about': {
          validate: validateEmpty,
          handle: async (): Promise<M['search:about']['res']> => ({ explanation: SEARCH_EXPLANATION, permission: GDELT_PERMISSION, enabled: await isSearchEnabled() }),
        },
        'search:preview': {
          validate: validateClaimRef,
          handle: async (p: { tabId: number; claim: number }): Promise<M['search:preview']['res']> => {
            const { report, claim } = await claimOf(p.tabId, p.claim);
            const enabled = await isSearchEnabled();
            const built = buildGdeltQuery(claim, searchContext(report), { maxRecords: SEARCH_DEFAULTS.maxRecords, now: (options.now ?? Date.now)(), endpoint: options.endpoint });
            if (!built.ok) return { enabled, text: null, reason: built.reason, explanation: SEARCH_EXPLANATION };
            return { enabled, text: describeQuery(built.query, SEARCH_DEFAULTS.fetchCount), explanation: SEARCH_EXPLANATION };
          },
        },
        'search:more': {
          validate: validateClaimRef,
          handle: async (p: { tabId: number; claim: number }): Promise<M['search:more']['res']> => {
            if (!(await isSearchEnabled())) throw new Error('search for more sources is off: turn it on in the options page first');
            const { report, claim } = await claimOf(p.tabId, p.claim);
            const pageMeta = pageSourceMeta(report.meta);
            const gazetteer = await ctx.getGazetteer();
            const outcome = await searchMoreSources(claim, searchContext(report), {
              fetch: options.fetch ?? ((input, init) => fetch(input, init)),
              hasPermission: options.hasPermission ?? hasHostPermission,
              endpoint: options.endpoint,
              now: options.now,
              signal: ctx.signal,
              analyze: (article) => analyze({ text: article.text, date: article.published }, { gazetteer }),
              // The real linker over a one-source library: the found article against this claim.
              link: async (c, found) => {
                const lib = createMemoryLibrary();
                const meta: SourceMeta = { ...found.meta, id: found.meta.id === pageMeta.id ? `${found.meta.id}#found` : found.meta.id };
                lib.putSync(toRecord(meta, found.analysis));
                const links = await createLinkService(lib).linkPage(pageMeta, { claims: [c], units: report.analysis.units, places: report.analysis.places });
                return links[0]?.relations ?? [];
              },
            });
            const results: SearchResultView[] = outcome.results.map((r) => {
              const v: SearchResultView = { url: r.article.url, title: r.meta?.title ?? r.article.title, status: r.status, relations: r.relations ?? [] };
              if (r.reason) v.reason = r.reason;
              if (r.meta) v.source = r.meta;
              return v;
            });
            const out: M['search:more']['res'] = { ok: outcome.ok, message: outcome.message, results, counts: outcome.counts, missingOrigins: outcome.missingOrigins };
            if (outcome.query) out.query = describeQuery(outcome.query, SEARCH_DEFAULTS.fetchCount);
            return out;
          },
        },
      },
    };
  };
}
