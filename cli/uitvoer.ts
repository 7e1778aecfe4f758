/** Where a command writes: injectable so tests can capture it. */
export interface Uitvoer {
  uit(tekst: string): void;
  fout(tekst: string): void;
}

export const procesUitvoer: Uitvoer = {
  uit: (tekst) => void process.stdout.write(tekst.endsWith('\n') ? tekst : `${tekst}\n`),
  fout: (tekst) => void process.stderr.write(tekst.endsWith('\n') ? tekst : `${tekst}\n`),
};

/** Plain-text table with right-aligned number columns. */
export function tekstTabel(kop: string[], rijen: string[][], rechts: boolean[]): string {
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (r: string[]) =>
    r
      .map((cel, i) => (rechts[i] ? cel.padStart(breedte[i]) : cel.padEnd(breedte[i])))
      .join('  ')
      .trimEnd();
  return [regel(kop), breedte.map((b) => '-'.repeat(b)).join('  '), ...rijen.map(regel)].join('\n');
}
