import { DOELGROEPEN, type Doelgroep } from '../../../shared/domain/labels';
import type { BehoefteInvoer, Normenset } from '../../../shared/engine';

/**
 * The national run of rekenmodel §2 (v2 §11): one school of sector so-vso with 42% so, one gemeente,
 * N pupils in mix w (fractional counts), split 42% so / 58% vso in that mix.
 */
export function landelijkeInvoer(ns: Normenset): BehoefteInvoer {
  return {
    scholen: [{ code: 'NL', naam: 'Nederland', vestigingsgemeente: 'NL', sector: 'so-vso', aandeelSo: 0.42 }],
    leerlingen: DOELGROEPEN.map((d, i) => ({ school: 'NL', woongemeente: 'NL', doelgroep: d, aantal: ns.leerlingen * ns.w[i] })),
  };
}

/** The national run split into one so school (42% of every doelgroep) and one vso school (58%). */
export function landelijkeInvoerPerSector(ns: Normenset): BehoefteInvoer {
  return {
    scholen: [
      { code: 'SO', naam: 'Nederland so', vestigingsgemeente: 'NL', sector: 'so' },
      { code: 'VSO', naam: 'Nederland vso', vestigingsgemeente: 'NL', sector: 'vso' },
    ],
    leerlingen: DOELGROEPEN.flatMap((d, i) => [
      { school: 'SO', woongemeente: 'NL', doelgroep: d, aantal: ns.leerlingen * ns.w[i] * 0.42 },
      { school: 'VSO', woongemeente: 'NL', doelgroep: d, aantal: ns.leerlingen * ns.w[i] * 0.58 },
    ]),
  };
}

/** A small hand-made regio: an so school and a vso school, three gemeenten (one without pupils). */
export function kleineRegio(): BehoefteInvoer & { scholen: { code: string; naam: string; vestigingsgemeente: string; sector: 'so' | 'vso' }[] } {
  const cel = (school: string, woongemeente: string, doelgroep: Doelgroep, aantal: number) => ({ school, woongemeente, doelgroep, aantal });
  return {
    scholen: [
      { code: 'A', naam: 'De Brug', vestigingsgemeente: 'G1', sector: 'so' },
      { code: 'B', naam: 'Het Anker', vestigingsgemeente: 'G2', sector: 'vso' },
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
