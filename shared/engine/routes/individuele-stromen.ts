import { KADERS } from '../../domain/labels';
import { NK, OUDERS_PGB } from './partijen';
import type { Stroom } from './typen';

/**
 * Collects individual flows (financier → school), merged per (financier, school, kader), by number:
 * at national scale a route books hundreds of thousands of cel parts, and keyed maps would dominate
 * the evaluation. Each (financier, school) pair gets a slot the first time it is booked, so the flows
 * come out in the order they were first booked and only booked pairs are visited. The pgb part of an
 * amount goes financier → parents → school (rekenmodel-v2 §7): two flows through one party.
 */
export class IndividueleStromen {
  private readonly slot: Int32Array;
  private readonly paren: number[] = [];
  private bedragen = new Float64Array(64 * NK);
  private readonly naarOuders: Float64Array;
  private readonly oudersNaar: Float64Array;

  /** `financiers` and `scholen`: the party ids by index. */
  constructor(
    private readonly financiers: readonly string[],
    private readonly scholen: readonly string[],
  ) {
    this.slot = new Int32Array(financiers.length * scholen.length).fill(-1);
    this.naarOuders = new Float64Array(financiers.length * NK);
    this.oudersNaar = new Float64Array(scholen.length * NK);
  }

  /** Books amount x of financier f for school s in kader k, of which the fraction `pgb` goes through the parents. */
  boek(f: number, s: number, k: number, x: number, pgb: number): void {
    if (!(x > 0)) return;
    const viaOuders = pgb * x;
    const direct = x - viaOuders;
    if (direct > 0) {
      const paar = f * this.scholen.length + s;
      let i = this.slot[paar];
      if (i < 0) {
        i = this.paren.length;
        this.slot[paar] = i;
        this.paren.push(paar);
        if ((i + 1) * NK > this.bedragen.length) {
          const groter = new Float64Array(this.bedragen.length * 2);
          groter.set(this.bedragen);
          this.bedragen = groter;
        }
      }
      this.bedragen[i * NK + k] += direct;
    }
    if (viaOuders > 0) {
      this.naarOuders[f * NK + k] += viaOuders;
      this.oudersNaar[s * NK + k] += viaOuders;
    }
  }

  /**
   * The flows with an amount > 0: the direct ones in booking order, then the parents' to the schools,
   * then the financiers' pgb to the parents; each with its payer and receiver also by number.
   */
  stromen(): GenummerdeStromen {
    const NF = this.financiers.length;
    const NS = this.scholen.length;
    // Parties by number: the financiers, the schools, then the parents.
    const ouders = NF + NS;
    const partijen = [...this.financiers, ...this.scholen, OUDERS_PGB];
    const n = telPositief(this.bedragen, this.paren.length * NK) + telPositief(this.oudersNaar) + telPositief(this.naarOuders);
    const stromen: Stroom[] = [];
    const van = new Int32Array(n);
    const naar = new Int32Array(n);
    const voegToe = (v: number, t: number, bedrag: number, k: number) => {
      van[stromen.length] = v;
      naar[stromen.length] = t;
      stromen.push({ van: partijen[v], naar: partijen[t], bedrag, soort: 'individueel', kader: KADERS[k] });
    };
    this.paren.forEach((paar, i) => {
      const f = Math.floor(paar / NS);
      const s = NF + (paar % NS);
      for (let k = 0; k < NK; k++) {
        const bedrag = this.bedragen[i * NK + k];
        if (bedrag > 0) voegToe(f, s, bedrag, k);
      }
    });
    for (let s = 0; s < NS; s++) {
      for (let k = 0; k < NK; k++) {
        const bedrag = this.oudersNaar[s * NK + k];
        if (bedrag > 0) voegToe(ouders, NF + s, bedrag, k);
      }
    }
    for (let f = 0; f < NF; f++) {
      for (let k = 0; k < NK; k++) {
        const bedrag = this.naarOuders[f * NK + k];
        if (bedrag > 0) voegToe(f, ouders, bedrag, k);
      }
    }
    return { stromen, partijen, van, naar };
  }
}

/**
 * Flows with their payer and receiver also by number (an index in `partijen`), so the routes can
 * count who pays whom without looking up every flow's party ids. Never changed once made.
 */
export interface GenummerdeStromen {
  stromen: Stroom[];
  partijen: readonly string[];
  van: Int32Array;
  naar: Int32Array;
}

function telPositief(a: Float64Array, n = a.length): number {
  let aantal = 0;
  for (let i = 0; i < n; i++) if (a[i] > 0) aantal++;
  return aantal;
}
