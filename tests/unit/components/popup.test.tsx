// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupView } from '../../../components/PopupView';

describe('PopupView', () => {
  it('shows the site, the switch, the verdict and counts; acts through callbacks', () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const onToggleSite = vi.fn();
    const onOpenPanel = vi.fn();
    act(() =>
      render(
        <PopupView site="news.example" enabled={true} warCoverage={{ isWarCoverage: true, score: 0.91, reasons: [] }}
          counts={{ claims: 5, units: 1, places: 3, linked: 2 }} onToggleSite={onToggleSite} onOpenPanel={onOpenPanel} />,
        root,
      ),
    );
    expect(root.querySelector('.cx-page')!.textContent).toBe('news.example');
    expect(root.querySelector('.cx-verdict-badge')!.textContent).toBe('War coverage');
    expect(root.querySelector('[data-testid="popup-counts"]')!.textContent).toBe('5 claims · 1 unit · 3 places · 2 linked');
    const box = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.closest('label')!.textContent).toBe('Highlight on this site');
    act(() => box.click());
    expect(onToggleSite).toHaveBeenCalledWith(false);
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(onOpenPanel).toHaveBeenCalledTimes(1);
    expect(root.querySelectorAll('.cx-legend li').length).toBe(3);
    act(() => render(<PopupView site={null} enabled={false} />, root));
    expect(root.querySelector('[data-empty="unreadable"]')).not.toBeNull();
    expect(root.querySelector('input')).toBeNull();
    root.remove();
  });
});
