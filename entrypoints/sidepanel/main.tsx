import { render } from 'preact';
import { App } from './App';
import './style.css';

// ?tab=ID shows one tab; ?window=ID follows the active tab of that window (tests open the
// panel as a page in its own tab, where "the current window" would be the panel's own).
const params = new URLSearchParams(location.search);
const id = (name: string): number | null => {
  const v = params.get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : null;
};
render(<App fixedTab={id('tab')} windowId={id('window')} />, document.getElementById('app')!);
