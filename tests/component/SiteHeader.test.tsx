/** The one header markup: the app's SiteHeader and index.html's static shell (painted before any script) agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteHeader } from '../../src/ui/SiteHeader';

const normalize = (html: string) => html.replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<').trim();

describe('SiteHeader', () => {
  it('renders exactly the static shell of index.html (English), so the title does not jump when the app starts', () => {
    const page = new DOMParser().parseFromString(
      readFileSync(join(process.cwd(), 'index.html'), 'utf8'),
      'text/html',
    );
    const shell = page.querySelector('#root .site-header');
    expect(shell).not.toBeNull();
    const { container } = render(<SiteHeader lang="en" />);
    expect(normalize(container.innerHTML)).toBe(normalize(shell!.outerHTML));
  });

  it('adds the page’s own tools after the title block, and speaks Chinese', () => {
    const { container } = render(
      <SiteHeader lang="zh">
        <nav>tabs</nav>
      </SiteHeader>,
    );
    const header = container.querySelector('header.site-header')!;
    expect([...header.children].map((c) => c.tagName.toLowerCase())).toEqual(['div', 'nav']);
    expect(header.querySelector('h1')!.textContent).toMatch(/[\u4e00-\u9fff]/);
  });
});
