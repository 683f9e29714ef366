import { render } from 'preact';
import { App } from './App';
import './style.css';

const param = new URLSearchParams(location.search).get('tab');
const fixedTab = param !== null && /^\d+$/.test(param) ? Number(param) : null;
render(<App fixedTab={fixedTab} />, document.getElementById('app')!);
