// Options: the global switch, the per-site list (sites set on or off) and which kinds to highlight;
// then the library, feeds and "search for more sources" (LibrarySection, FeedsSection, SearchSection).

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getSettings, KINDS, siteKey, updateSettings, watchSettings, type Kind, type Settings } from '../../lib/settings/index';
import { FeedsSection } from './FeedsSection';
import { LibrarySection } from './LibrarySection';
import { SearchSection } from './SearchSection';
import '../sidepanel/style.css';
import './options.css';

const KIND_LABELS: Record<Kind, string> = { units: 'Military units', places: 'Places', claims: 'Numeric claims' };

function Options() {
  const [s, setS] = useState<Settings | null>(null);
  const [host, setHost] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    void getSettings().then(setS);
    watchSettings(setS, controller.signal);
    return () => controller.abort();
  }, []);

  if (!s) return <main class="options"><p class="muted">Loading…</p></main>;
  const sites = Object.entries(s.sites).sort(([a], [b]) => a.localeCompare(b));
  const addSite = (on: boolean): void => {
    const key = siteKey(host);
    if (!key) {
      setNote('Type a site such as example.com.');
      return;
    }
    setNote('');
    setHost('');
    void updateSettings((x) => void (x.sites[key] = on));
  };
  return (
    <main class="options">
      <header class="brand">
        <span class="logo" aria-hidden="true">✓✓</span>
        <h1>Crosscheck options</h1>
      </header>
      <section>
        <h2>Everywhere</h2>
        <label class="switch">
          <input type="checkbox" checked={s.enabled} onChange={(e) => {
            const on = e.currentTarget.checked;
            void updateSettings((x) => void (x.enabled = on));
          }} />
          Read pages on every site unless a site is set otherwise below
        </label>
      </section>
      <section>
        <h2>Sites</h2>
        {sites.length === 0 && <p class="muted">No site has its own setting.</p>}
        <ul class="sites">
          {sites.map(([h, on]) => (
            <li key={h}>
              <span class="host">{h}</span>
              <label class="switch">
                <input type="checkbox" checked={on} onChange={(e) => {
                    const checked = e.currentTarget.checked;
                    void updateSettings((x) => void (x.sites[h] = checked));
                  }} />
                {on ? 'on' : 'off'}
              </label>
              <button onClick={() => void updateSettings((x) => void delete x.sites[h])} aria-label={`Forget ${h}`}>Forget</button>
            </li>
          ))}
        </ul>
        <div class="row">
          <input type="text" value={host} placeholder="example.com" aria-label="Site" onInput={(e) => setHost(e.currentTarget.value)} />
          <button onClick={() => addSite(true)}>Set on</button>
          <button onClick={() => addSite(false)}>Set off</button>
        </div>
        {note && <p class="error" role="alert">{note}</p>}
      </section>
      <section>
        <h2>Highlight</h2>
        {KINDS.map((k) => (
          <label class="switch" key={k}>
            <input type="checkbox" checked={s.kinds[k]} onChange={(e) => {
                const on = e.currentTarget.checked;
                void updateSettings((x) => void (x.kinds[k] = on));
              }} />
            {KIND_LABELS[k]}
          </label>
        ))}
      </section>
      <LibrarySection />
      <FeedsSection />
      <SearchSection />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
