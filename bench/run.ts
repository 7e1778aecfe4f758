/**
 * `npm run bench`: timings of the engine, import/export and the project store, then the renderer's
 * bundle sizes and its first screen in Chromium (bench/browser.ts). Other benchmark modules can
 * import `meet` and `drukTabel` from here and add their measurements to `main`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { formatGetal } from '../shared/format';

export interface MeetOpties {
  /** Measured iterations (default 200). */
  iteraties?: number;
  /** Unmeasured iterations first, so the JIT has compiled the code (default 10% of iteraties, at least 5). */
  opwarmen?: number;
  /** Target for the median in ms; reported as within/over target. */
  doelMs?: number;
}

export interface Meting {
  naam: string;
  iteraties: number;
  mediaanMs: number;
  p95Ms: number;
  minMs: number;
  gemiddeldMs: number;
  doelMs?: number;
}

/** Keeps results alive so the optimiser cannot drop the measured work. */
let afvoer: unknown;

function kwantiel(gesorteerd: number[], q: number): number {
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(q * gesorteerd.length) - 1));
  return gesorteerd[i];
}

/** Runs `fn` repeatedly and returns median, p95, min and mean duration in ms. */
export function meet(naam: string, fn: () => unknown, opties: MeetOpties = {}): Meting {
  const iteraties = Math.max(1, opties.iteraties ?? 200);
  const opwarmen = opties.opwarmen ?? Math.max(5, Math.round(iteraties / 10));
  for (let i = 0; i < opwarmen; i++) afvoer = fn();
  const tijden = new Array<number>(iteraties);
  for (let i = 0; i < iteraties; i++) {
    const t0 = performance.now();
    afvoer = fn();
    tijden[i] = performance.now() - t0;
  }
  const gesorteerd = [...tijden].sort((a, b) => a - b);
  return {
    naam,
    iteraties,
    mediaanMs: kwantiel(gesorteerd, 0.5),
    p95Ms: kwantiel(gesorteerd, 0.95),
    minMs: gesorteerd[0],
    gemiddeldMs: tijden.reduce((a, b) => a + b, 0) / iteraties,
    doelMs: opties.doelMs,
  };
}

/** A Dutch plain-text table of measurements. */
export function drukTabel(metingen: readonly Meting[]): string {
  const kop = ['Meting', 'Iteraties', 'Mediaan (ms)', 'p95 (ms)', 'Min (ms)', 'Doel (ms)', 'Oordeel'];
  const rijen = metingen.map((m) => [
    m.naam,
    formatGetal(m.iteraties),
    formatGetal(m.mediaanMs, 3),
    formatGetal(m.p95Ms, 3),
    formatGetal(m.minMs, 3),
    m.doelMs === undefined ? '–' : formatGetal(m.doelMs),
    m.doelMs === undefined ? '' : m.mediaanMs <= m.doelMs ? 'binnen doel' : 'BOVEN DOEL',
  ]);
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(breedte[i]) : c.padStart(breedte[i]))).join('  ').trimEnd();
  return [regel(kop), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(regel)].join('\n');
}

async function main(): Promise<void> {
  const { engineMetingen } = await import('./engine');
  const { routesMetingen } = await import('./routes');
  const { excelMetingen } = await import('./excel');
  const { projectMetingen } = await import('./project');
  const { exportMetingen } = await import('./export');
  const { realisatieMetingen } = await import('./realisatie');
  const metingen = [...engineMetingen(), ...routesMetingen(), ...realisatieMetingen(), ...excelMetingen(), ...projectMetingen(), ...exportMetingen()];
  console.log(`Benchmark rekenkern (Node ${process.version}, ${process.platform}/${process.arch})\n`);
  console.log(drukTabel(metingen));
  const boven = metingen.filter((m) => m.doelMs !== undefined && m.mediaanMs > m.doelMs);
  console.log(boven.length ? `\n${boven.length} meting(en) boven het doel.` : '\nAlle metingen binnen het doel.');
  if (boven.length && process.argv.includes('--streng')) process.exitCode = 1;
  const { rendererVerslag } = await import('./browser');
  console.log(`\n${await rendererVerslag()}`);
  void afvoer;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
