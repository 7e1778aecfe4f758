import { gebruik, type OpdrachtSpec } from './args';
import { BEREKEN, bereken } from './bereken';
import { EXPORTEER, exporteer } from './exporteer';
import { OOGO, oogo } from './oogo';
import { SJABLOON, sjabloon } from './sjabloon';
import { procesUitvoer, type Uitvoer } from './uitvoer';

/** The commands of `zio`; add new ones (exporteer, oogo) here. */
const OPDRACHTEN: { spec: OpdrachtSpec; voerUit: (argv: readonly string[], io: Uitvoer) => number | Promise<number> }[] = [
  { spec: BEREKEN, voerUit: bereken },
  { spec: SJABLOON, voerUit: sjabloon },
  { spec: EXPORTEER, voerUit: exporteer },
  { spec: OOGO, voerUit: oogo },
];

export function hulptekst(): string {
  return ['ZiO Collectieve Pot: rekenen vanaf de opdrachtregel', '', 'Gebruik:', ...OPDRACHTEN.map((o) => gebruik(o.spec)), '', '  zio help      deze tekst'].join('\n');
}

/** Runs the command line; returns the exit code (0 = gelukt, 1 = fout in de invoer). */
export async function main(argv: readonly string[], io: Uitvoer = procesUitvoer): Promise<number> {
  const [opdracht, ...rest] = argv;
  if (opdracht === undefined) {
    io.fout(`Fout: geef een opdracht op.\n\n${hulptekst()}`);
    return 1;
  }
  if (opdracht === 'help' || opdracht === '--help' || opdracht === '-h') {
    io.uit(hulptekst());
    return 0;
  }
  const o = OPDRACHTEN.find((x) => x.spec.naam === opdracht);
  if (!o) {
    io.fout(`Fout: onbekende opdracht "${opdracht}" (bekend: ${OPDRACHTEN.map((x) => x.spec.naam).join(', ')}, help)`);
    return 1;
  }
  return o.voerUit(rest, io);
}
