import { fetchGazetteer, startBackground } from '../lib/messaging/background-service';

export default defineBackground(() => {
  startBackground({ loadGazetteer: fetchGazetteer });

  // Chrome: the toolbar button opens the side panel (Firefox has its own sidebar_action).
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (b: object) => Promise<void> } } })
    .chrome?.sidePanel;
  if (import.meta.env.CHROME && sidePanel?.setPanelBehavior) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.warn('[crosscheck] side panel behaviour', error);
    });
  }
});
