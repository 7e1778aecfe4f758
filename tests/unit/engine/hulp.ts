import { DOELGROEPEN, type Doelgroep } from '../../../shared/domain/labels';
import type { BehoefteInvoer, Normenset } from '../../../shared/engine';

/** The national run of rekenmodel §2: one school, one gemeente, N pupils in mix w (fractional counts). */
export function landelijkeInvoer(ns: Normenset): BehoefteInvoer {
  return {
    scholen: [{ code: 'NL', naam: 'Nederland', vestigingsgemeente: 'NL' }],
    leerlingen: DOELGROEPEN.map((d, i) => ({ school: 'NL', woongemeente: 'NL', doelgroep: d, aantal: ns.leerlingen * ns.w[i] })),
  };
}

/** A small hand-made regio: two schools, three gemeenten (one without pupils). */
export function kleineRegio(): BehoefteInvoer & { scholen: { code: string; naam: string; vestigingsgemeente: string }[] } {
  const cel = (school: string, woongemeente: string, doelgroep: Doelgroep, aantal: number) => ({ school, woongemeente, doelgroep, aantal });
  return {
    scholen: [
      { code: 'A', naam: 'De Brug', vestigingsgemeente: 'G1' },
      { code: 'B', naam: 'Het Anker', vestigingsgemeente: 'G2' },
    ],
    gemeenten: [{ code: 'G1' }, { code: 'G2' }, { code: 'G3' }],
    leerlingen: [
      cel('A', 'G1', 'gedrag', 40),
      cel('A', 'G1', 'emb', 5),
      cel('A', 'G2', 'gedrag', 20),
      cel('A', 'G2', 'lb', 3),
      cel('B', 'G1', 'lvb_ml', 30),
      cel('B', 'G2', 'lvb_ml', 25),
      cel('B', 'G2', 'lz', 4),
      cel('B', 'G3', 'emb', 0),
    ],
  };
}
