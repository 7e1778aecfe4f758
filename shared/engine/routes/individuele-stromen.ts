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

  /** The flows with an amount > 0: the direct ones in booking order, then the parents' to the schools, then the financiers' pgb to the parents. */
  stromen(): Stroom[] {
    const uit: Stroom[] = [];
    const NS = this.scholen.length;
    this.paren.forEach((paar, i) => {
      const van = this.financiers[Math.floor(paar / NS)];
      const naar = this.scholen[paar % NS];
      for (let k = 0; k < NK; k++) {
        const bedrag = this.bedragen[i * NK + k];
        if (bedrag > 0) uit.push({ van, naar, bedrag, soort: 'individueel', kader: KADERS[k] });
      }
    });
    for (let s = 0; s < NS; s++) {
      for (let k = 0; k < NK; k++) {
        const bedrag = this.oudersNaar[s * NK + k];
        if (bedrag > 0) uit.push({ van: OUDERS_PGB, naar: this.scholen[s], bedrag, soort: 'individueel', kader: KADERS[k] });
      }
    }
    for (let f = 0; f < this.financiers.length; f++) {
      for (let k = 0; k < NK; k++) {
        const bedrag = this.naarOuders[f * NK + k];
        if (bedrag > 0) uit.push({ van: this.financiers[f], naar: OUDERS_PGB, bedrag, soort: 'individueel', kader: KADERS[k] });
      }
    }
    return uit;
  }
}
