import { fetchGazetteer, startBackground } from '../lib/messaging/background-service';
import { createLibraryCore, fetchDemoPack, libraryFeature, openIdbLibrary, type LinkTiming } from '../lib/background/library';
import { feedsFeature } from '../lib/background/feeds';
import { searchFeature } from '../lib/background/search';
import { listenForCommands, listenForPanelRequests } from '../lib/background/commands';
import { listenForUnitQueries } from '../lib/background/units';

export default defineBackground(() => {
  // The last link steps' timings, for the browser bench (tests/e2e/library.test.mjs reads them).
  const timings: LinkTiming[] = [];
  (globalThis as { cxLinkTimings?: LinkTiming[] }).cxLinkTimings = timings;
  const library = createLibraryCore({
    openLibrary: openIdbLibrary,
    loadDemoPack: fetchDemoPack,
    onTiming: (t) => {
      timings.push(t);
      if (timings.length > 20) timings.shift();
    },
  });
  startBackground({
    loadGazetteer: fetchGazetteer,
    features: [libraryFeature(library), feedsFeature(library), searchFeature(library)],
  });
  // The unit card's "also in": sources of the library that mention a unit.
  listenForUnitQueries(library);
  // The toggle-site keyboard command (the open-panel command is the browser's own).
  listenForCommands();
  // A hover card's "open in side panel" (sent from the click, so the browser allows it).
  listenForPanelRequests();

  // Chrome: the toolbar button opens the side panel (Firefox has its own sidebar_action).
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (b: object) => Promise<void> } } })
    .chrome?.sidePanel;
  if (import.meta.env.CHROME && sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.warn('[crosscheck] side panel behaviour', error);
    });
  }
});
