/** The disputed hatch is defined once (palette.ts HATCH): the map's pattern, the export's and the legend key agree. */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DOTS,
  dotsPatternSvg,
  dotsSwatchBackground,
  HATCH,
  hatchPatternSvg,
  hatchSwatchBackground,
} from '../../src/domain/palette';
import { DOTS_PATTERN_ID, HATCH_DEFS, HATCH_PATTERN_ID } from '../../src/export/composeSvg';
import { DotsPattern, HatchPattern } from '../../src/ui/HatchPattern';
import { Swatch } from '../../src/ui/Swatch';

/** An element as tag, attributes (sorted) and children, to compare markup from React and from text. */
function shape(el: Element): unknown {
  return {
    tag: el.tagName.toLowerCase(),
    attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    children: [...el.children].map(shape),
  };
}

describe('the hatch pattern', () => {
  it('the React pattern (both maps) and the exported SVG pattern are the same element', () => {
    const { container } = render(
      <svg>
        <defs>
          <HatchPattern id="hatch" />
        </defs>
      </svg>,
    );
    const fromReact = container.querySelector('pattern#hatch');
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${hatchPatternSvg('hatch')}</svg>`,
      'image/svg+xml',
    );
    const fromText = doc.querySelector('pattern');
    expect(fromReact).not.toBeNull();
    expect(shape(fromReact!)).toEqual(shape(fromText!));
    expect(fromReact!.querySelector('line')!.getAttribute('stroke')).toBe(HATCH.line);
    expect(fromReact!.querySelector('rect')!.getAttribute('fill')).toBe(HATCH.base);
    expect(HATCH_DEFS.startsWith(hatchPatternSvg(HATCH_PATTERN_ID))).toBe(true);
  });

  it('the HTML legend key is drawn from the same colours and angle', () => {
    const { container } = render(<Swatch color="#000" shape="hatch" />);
    const key = container.querySelector('.swatch-hatch') as HTMLElement;
    expect(key.style.background).toContain('repeating-linear-gradient');
    expect(hatchSwatchBackground()).toBe(
      `repeating-linear-gradient(45deg, ${HATCH.base} 0 2px, ${HATCH.line} 2px 3px)`,
    );
  });
});

describe('the "no diplomatic relations" dots', () => {
  it('the React pattern (the map) and the exported SVG pattern are the same element', () => {
    const { container } = render(
      <svg>
        <defs>
          <DotsPattern id="no-relations" />
        </defs>
      </svg>,
    );
    const fromReact = container.querySelector('pattern#no-relations');
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="http://www.w3.org/2000/svg">${dotsPatternSvg('no-relations')}</svg>`,
      'image/svg+xml',
    );
    expect(fromReact).not.toBeNull();
    expect(shape(fromReact!)).toEqual(shape(doc.querySelector('pattern')!));
    expect(fromReact!.querySelector('circle')!.getAttribute('fill')).toBe(DOTS.dot);
    expect(fromReact!.querySelector('rect')!.getAttribute('fill')).toBe(DOTS.base);
    expect(HATCH_DEFS).toContain(dotsPatternSvg(DOTS_PATTERN_ID));
  });

  it('the HTML legend key has the same dot on the same ground', () => {
    const { container } = render(<Swatch color="#000" shape="dots" />);
    const key = container.querySelector('.swatch-dots') as HTMLElement;
    expect(key.getAttribute('style')).toContain('radial-gradient');
    expect(dotsSwatchBackground()).toContain(DOTS.dot);
    expect(dotsSwatchBackground().endsWith(DOTS.base)).toBe(true);
  });
});
