import { writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { it } from 'vitest';
import { POSE_IDS, PoseFigure } from './poses';

it('writes sheet', () => {
  const cells = POSE_IDS.map(
    (id) =>
      `<div class="c"><div>${id}</div>${renderToStaticMarkup(<PoseFigure pose={id} size={240} />)}</div>`,
  );
  const mirrored = renderToStaticMarkup(<PoseFigure pose="supine-hamstring-stretch" mirrored size={240} />);
  const html = (bg: string, fg: string) => `<html><head><style>body{background:${bg};color:${fg};font:12px sans-serif;display:flex;flex-wrap:wrap;margin:0}.c{width:250px;padding:4px;border:1px solid #8884}</style></head><body>${cells.join('')}<div class="c"><div>mirrored</div>${mirrored}</div></body></html>`;
  writeFileSync('/tmp/poses-light.html', html('#fafaf7', '#2b3a42'));
  writeFileSync('/tmp/poses-dark.html', html('#1c2126', '#d8e2e6'));
});
