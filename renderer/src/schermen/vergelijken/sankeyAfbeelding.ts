import type { SankeyTekening, TekenVak } from './sankey';

const REGELHOOGTE = 15;

/** A label's lines as drawn: each of its lines broken at spaces to fit its width. */
function afgebroken(ctx: CanvasRenderingContext2D, regels: readonly string[], breedte: number): string[] {
  return regels.flatMap((regel) => {
    const uit: string[] = [];
    let huidig = '';
    for (const woord of regel.split(' ')) {
      const poging = huidig ? `${huidig} ${woord}` : woord;
      if (huidig && ctx.measureText(poging).width > breedte) {
        uit.push(huidig);
        huidig = woord;
      } else huidig = poging;
    }
    return [...uit, huidig];
  });
}

function tekenLabel(ctx: CanvasRenderingContext2D, v: TekenVak, lettertype: string): void {
  ctx.font = `${v.gemarkeerd ? 'bold ' : ''}12px ${lettertype}`;
  const { label } = v;
  const regels = afgebroken(ctx, label.regels, label.breedte - (label.inMidden ? 6 : 0));
  const top = v.y + v.h / 2 - (regels.length * REGELHOOGTE) / 2;
  if (label.inMidden) {
    const breed = Math.max(...regels.map((r) => ctx.measureText(r).width)) + 6;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fillRect(label.x, top - 1, breed, regels.length * REGELHOOGTE + 2);
  }
  ctx.fillStyle = v.vaag ? '#6b6b6b' : '#1a1a1a';
  ctx.textAlign = label.zijde === 'links' ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  const x = label.zijde === 'links' ? label.x + label.breedte : label.x + (label.inMidden ? 3 : 0);
  regels.forEach((r, i) => ctx.fillText(r, x, top + (i + 0.5) * REGELHOOGTE));
}

/**
 * The Sankey as a PNG (twice its size, on white), drawn from the same layout as the screen: for the
 * download. The labels are drawn in the page's font.
 */
export function sankeyAfbeelding(t: SankeyTekening): { url: string; breedte: number; hoogte: number } {
  const schaal = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(t.breedte * schaal);
  canvas.height = Math.round(t.hoogte * schaal);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(schaal, schaal);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, t.breedte, t.hoogte);
  for (const b of t.banden) {
    ctx.globalAlpha = b.dekking;
    ctx.fillStyle = b.kleur;
    ctx.fill(new Path2D(b.d));
  }
  for (const v of t.vakken) {
    ctx.globalAlpha = v.vaag ? 0.25 : 1;
    ctx.fillStyle = v.kleur;
    ctx.fillRect(v.x, v.y, t.vakBreedte, v.h);
    if (v.gemarkeerd) {
      ctx.strokeStyle = '#1a1a1a';
      ctx.lineWidth = 2;
      ctx.strokeRect(v.x, v.y, t.vakBreedte, v.h);
    }
  }
  ctx.globalAlpha = 1;
  const lettertype = getComputedStyle(document.body).fontFamily || 'sans-serif';
  for (const v of t.vakken) tekenLabel(ctx, v, lettertype);
  return { url: canvas.toDataURL('image/png'), breedte: t.breedte, hoogte: t.hoogte };
}
