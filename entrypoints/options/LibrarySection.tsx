// Options: the library — its size, pause, excluded sites, export, import (library export or
// pack), the demo pack, clear (with a confirmation step) and what is stored.

import { useEffect, useState } from 'preact/hooks';
import { handleMessages, sendToBackground, type BackgroundToPanel, type ImportSummary, type LibraryStatus } from '../../lib/messaging/index';
import { librarySettingsItem, updateLibrarySettings } from '../../lib/background/settings';
import { siteKey } from '../../lib/settings/index';
import { mergeSummaries, splitImport } from '../../lib/background/import-chunks';

const n = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString('en')} ${k === 1 ? one : many}`;

export function useLibraryStatus(): [LibraryStatus | null, () => void] {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const refresh = (): void => void sendToBackground('library:status', {}).then(setStatus, () => setStatus(null));
  useEffect(() => {
    const controller = new AbortController();
    refresh();
    handleMessages<BackgroundToPanel>({ 'library:changed': () => refresh() }, { signal: controller.signal });
    const unwatch = librarySettingsItem.watch(() => refresh());
    controller.signal.addEventListener('abort', unwatch);
    return () => controller.abort();
  }, []);
  return [status, refresh];
}

function ImportResult({ summary }: { summary: ImportSummary }) {
  const shown = summary.added.slice(0, 20);
  return (
    <div class="import-result" role="status" data-testid="import-result">
      <p>{summary.message}</p>
      {shown.length > 0 && (
        <details open={summary.added.length <= 12}>
          <summary>Added ({summary.added.length})</summary>
          <ul class="plain">
            {shown.map((m) => (
              <li key={m.id}>{m.title ?? m.doc}{m.outlet ? <span class="muted"> — {m.outlet}</span> : null}{m.published ? <span class="muted"> ({m.published})</span> : null}</li>
            ))}
            {summary.added.length > shown.length && <li class="muted">and {summary.added.length - shown.length} more</li>}
          </ul>
        </details>
      )}
      {summary.skipped.length > 0 && <p class="muted">Skipped: {summary.skipped.slice(0, 5).map((s) => `${s.id} (${s.reason})`).join('; ')}{summary.skipped.length > 5 ? '…' : ''}</p>}
      {summary.errors.length > 0 && (
        <div class="error">
          <p>{n(summary.errors.length, 'line was', 'lines were')} left out:</p>
          <ul class="plain" data-testid="import-errors">
            {summary.errors.slice(0, 30).map((e, i) => (
              <li key={i}>{e.line !== undefined ? `line ${e.line}` : e.id}: {e.message}</li>
            ))}
            {summary.errors.length > 30 && <li>and {summary.errors.length - 30} more</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

export function LibrarySection() {
  const [status] = useLibraryStatus();
  const [site, setSite] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  const run = async (what: string, work: () => Promise<void>): Promise<void> => {
    setBusy(what);
    setNote('');
    try {
      await work();
    } catch (error) {
      setNote(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy('');
    }
  };

  const exportLibrary = () =>
    run('Export', async () => {
      const first = await sendToBackground('library:export', { part: 0 });
      const chunks = [first.jsonl];
      for (let part = 1; part < first.parts; part++) chunks.push((await sendToBackground('library:export', { part })).jsonl);
      const sources = first.sources;
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/x-ndjson' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `crosscheck-library-${new Date().toISOString().slice(0, 10)}.jsonl`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNote(`Exported ${n(sources, 'source')}.`);
    });

  const importFile = (file: File) =>
    run('Import', async () => {
      const parts = splitImport(await file.text());
      const done: ImportSummary[] = [];
      for (const [i, part] of parts.entries()) {
        if (parts.length > 1) setBusy(`Import: part ${i + 1} of ${parts.length}`);
        done.push(await sendToBackground('library:import', { text: part.text, name: file.name, lineOffset: part.lineOffset }));
      }
      setSummary(parts.length === 1 ? done[0] : mergeSummaries(file.name, done));
    });

  const addExcluded = (): void => {
    const key = siteKey(site);
    if (!key) {
      setNote('Type a site such as example.com.');
      return;
    }
    setSite('');
    void updateLibrarySettings((s) => void s.excludedSites.push(key));
  };

  return (
    <section aria-labelledby="library-h">
      <h2 id="library-h">Library</h2>
      <p data-testid="library-size">
        {status ? <>Your library holds <strong>{n(status.sources, 'source')}</strong> with <strong>{n(status.claims, 'claim')}</strong>.</> : 'Counting…'}
      </p>
      <label class="switch">
        <input type="checkbox" checked={status?.paused ?? false} onChange={(e) => {
          const paused = e.currentTarget.checked;
          void updateLibrarySettings((s) => void (s.paused = paused));
        }} />
        Pause the library (pages you read are still checked against it, but none is added; feeds wait)
      </label>

      <h3>Sites never added to the library</h3>
      {status && status.excludedSites.length === 0 && <p class="muted">None.</p>}
      <ul class="sites">
        {status?.excludedSites.map((h) => (
          <li key={h}>
            <span class="host">{h}</span>
            <button onClick={() => void updateLibrarySettings((s) => void (s.excludedSites = s.excludedSites.filter((x) => x !== h)))} aria-label={`Stop excluding ${h}`}>Remove</button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input type="text" value={site} placeholder="example.com" aria-label="Site to exclude" onInput={(e) => setSite(e.currentTarget.value)} />
        <button onClick={addExcluded}>Exclude site</button>
      </div>

      <h3>Export and import</h3>
      <div class="row wrap">
        <button onClick={() => void exportLibrary()} disabled={!!busy}>Export library (.jsonl)</button>
        <label class="file-button">
          <span>Import a library or pack (.jsonl)…</span>
          <input type="file" accept=".jsonl,.json,.ndjson,.txt,application/json" data-testid="import-file" disabled={!!busy} onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }} />
        </label>
        <button onClick={() => void run('Demo pack', async () => setSummary(await sendToBackground('library:import-demo', {})))} disabled={!!busy}>Import the demo pack</button>
      </div>
      {busy && <p class="muted" role="status">{busy}…</p>}
      {summary && <ImportResult summary={summary} />}

      <h3>Clear</h3>
      {!confirmClear ? (
        <button onClick={() => setConfirmClear(true)} disabled={!status?.sources}>Clear the library…</button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="clear-q">
          <p id="clear-q">Delete all {n(status?.sources ?? 0, 'source')} from this browser? Export first if you may want them back.</p>
          <div class="row">
            <button class="danger" onClick={() => void run('Clear', async () => {
              const { removed } = await sendToBackground('library:clear', { confirm: 'clear' });
              setConfirmClear(false);
              setSummary(null);
              setNote(`Deleted ${n(removed, 'source')}.`);
            })}>Delete everything</button>
            <button onClick={() => setConfirmClear(false)}>Cancel</button>
          </div>
        </div>
      )}
      {note && <p class={note.includes('failed') || note.startsWith('Type') ? 'error' : 'muted'} role="status">{note}</p>}

      <h3>What is stored</h3>
      <p class="small privacy" data-testid="privacy">
        For each war-coverage page you read (not in private windows, not while paused, not on excluded sites), Crosscheck keeps in
        this browser: its address, site, title, date and language, the units, places and numeric claims found in it, and a short
        fingerprint of its wording used to recognise copies. It does not keep the article's text. Nothing leaves your browser unless
        you turn on an online feature: feeds you add are fetched from their own sites, and "search for more sources" sends the
        search you are shown to the GDELT Project. Export and clear are yours at any time.
      </p>
    </section>
  );
}
