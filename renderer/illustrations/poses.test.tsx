import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { POSE_LABELS } from '../../shared/routines/poses';
import { POSE_DRAWINGS, POSE_IDS, PoseFigure } from './poses';

describe('PoseFigure', () => {
  it('has a drawing for every pose and for nothing else', () => {
    expect(Object.keys(POSE_DRAWINGS).sort()).toEqual([...POSE_IDS].sort());
  });

  it.each(POSE_IDS.map((id) => [id]))(
    '%s renders as a labelled image with a figure in it',
    (pose) => {
      const html = renderToStaticMarkup(<PoseFigure pose={pose} />);
      expect(html).toMatch(/^<svg[^>]* role="img"/);
      const label = POSE_LABELS[pose];
      expect(html).toContain(`<title id="`);
      expect(html).toContain(`>${label}</title>`);
      // The title names the image for screen readers through aria-labelledby.
      const titleId = /<title id="([^"]+)"/.exec(html)?.[1];
      expect(html).toContain(`aria-labelledby="${titleId}"`);
      expect(html).toMatch(/<circle [^>]*fill="currentColor"/); // the head
      expect(html.match(/<polyline /g)?.length).toBeGreaterThanOrEqual(2); // arm and leg
      expect(html).not.toContain('transform=');
    },
  );

  it('flips the figure for the other side', () => {
    const html = renderToStaticMarkup(<PoseFigure pose="supine-hamstring-stretch" mirrored />);
    expect(html).toContain('transform="translate(160 0) scale(-1 1)"');
  });

  it('draws with the text colour and never uses inline styles (the CSP forbids them)', () => {
    for (const pose of POSE_IDS) {
      const html = renderToStaticMarkup(<PoseFigure pose={pose} mirrored />);
      expect(html).not.toMatch(/style=|<style/);
      expect(html).toContain('stroke="currentColor"');
      expect(html).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
    }
  });

  it('takes a custom title, size and class', () => {
    const html = renderToStaticMarkup(
      <PoseFigure pose="mat-rest" title="Rest on the mat" size={80} className="big" />,
    );
    expect(html).toContain('>Rest on the mat</title>');
    expect(html).toContain('width="80"');
    expect(html).toContain('height="60"');
    expect(html).toContain('class="pose-figure big"');
  });

  it('shows the helper in partner poses and only there', () => {
    const partnerPoses = POSE_IDS.filter((id) =>
      renderToStaticMarkup(<PoseFigure pose={id} />).includes('pose-partner'),
    );
    expect(partnerPoses).toEqual(['partner-agree', 'partner-traction']);
  });
});
