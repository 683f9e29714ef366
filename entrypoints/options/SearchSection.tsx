// Options: "search for more sources" — off by default; turning it on first shows what it sends
// and asks for the search service's site (in the click handler, for the user gesture). The text
// and the permission come from the background (search:about), so this page does not carry the
// search module and its HTML parser.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/index';
import { searchSettingsItem } from '../../lib/background/settings';

export function SearchSection() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [explaining, setExplaining] = useState(false);
  const [note, setNote] = useState('');
  const [about, setAbout] = useState<{ explanation: string; permission: string } | null>(null);

  useEffect(() => {
    void searchSettingsItem.getValue().then((v) => setEnabled(v?.enabled === true));
    void sendToBackground('search:about', {}).then(setAbout, (e: unknown) => setNote(String(e)));
    return searchSettingsItem.watch((v) => setEnabled(v?.enabled === true));
  }, []);

  const turnOn = async (): Promise<void> => {
    if (!about) return;
    const granted = await browser.permissions.request({ origins: [about.permission] }).catch(() => false);
    if (!granted) {
      setNote('Search stays off: it needs access to api.gdeltproject.org.');
      return;
    }
    await searchSettingsItem.setValue({ enabled: true });
    setExplaining(false);
    setNote('');
  };

  return (
    <section aria-labelledby="search-h">
      <h2 id="search-h">Search for more sources</h2>
      <label class="switch">
        <input type="checkbox" checked={enabled === true} disabled={enabled === null} data-testid="search-switch" onChange={(e) => {
          if (e.currentTarget.checked) {
            e.currentTarget.checked = false; // on only after the explanation
            setExplaining(true);
          } else void searchSettingsItem.setValue({ enabled: false });
        }} />
        From a claim in the side panel, search a public news index for other reports of it (off by default)
      </label>
      {enabled && <p class="small muted">On. Each search shows the exact query before it is sent.</p>}
      {explaining && about && (
        <div class="confirm" data-testid="search-explanation">
          {about.explanation.split('\n\n').map((p, i) => <p key={i} class="small">{p}</p>)}
          <div class="row">
            <button class="primary" onClick={() => void turnOn()}>Turn search on</button>
            <button onClick={() => setExplaining(false)}>Keep it off</button>
          </div>
        </div>
      )}
      {note && <p class="error" role="status">{note}</p>}
    </section>
  );
}
