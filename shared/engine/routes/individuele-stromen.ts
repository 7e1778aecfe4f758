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
   * then the financiers' pgb to the parents; by number (see GenummerdeStromen).
   */
  stromen(): GenummerdeStromen {
    const NF = this.financiers.length;
    const NS = this.scholen.length;
    // Parties by number: the financiers, the schools, then the parents.
    const ouders = NF + NS;
    const n = telPositief(this.bedragen, this.paren.length * NK) + telPositief(this.oudersNaar) + telPositief(this.naarOuders);
    const uit = new GenummerdeStromen([...this.financiers, ...this.scholen, OUDERS_PGB], n);
    this.paren.forEach((paar, i) => {
      const f = Math.floor(paar / NS);
      const s = NF + (paar % NS);
      for (let k = 0; k < NK; k++) uit.voegToe(f, s, this.bedragen[i * NK + k], k);
    });
    for (let s = 0; s < NS; s++) for (let k = 0; k < NK; k++) uit.voegToe(ouders, NF + s, this.oudersNaar[s * NK + k], k);
    for (let f = 0; f < NF; f++) for (let k = 0; k < NK; k++) uit.voegToe(f, ouders, this.naarOuders[f * NK + k], k);
    return uit;
  }
}

/**
 * Individual flows by number: payer and receiver as an index in `partijen`, amount and kader in
 * typed arrays. The routes count who pays whom from the numbers; the flows as objects (tens of
 * thousands at national scale, which the screens of a variant change do not show) are built when
 * first asked and then kept, shared by the routes that carry them. Complete once made.
 */
export class GenummerdeStromen {
  readonly van: Int32Array;
  readonly naar: Int32Array;
  private readonly bedrag: Float64Array;
  private readonly kader: Uint8Array;
  private aantalGevuld = 0;
  private lijst: Stroom[] | undefined;

  constructor(
    readonly partijen: readonly string[],
    readonly aantal: number,
  ) {
    this.van = new Int32Array(aantal);
    this.naar = new Int32Array(aantal);
    this.bedrag = new Float64Array(aantal);
    this.kader = new Uint8Array(aantal);
  }

  /** Adds the flow van → naar of amount `bedrag` in kader k, when the amount is > 0. */
  voegToe(van: number, naar: number, bedrag: number, k: number): void {
    if (!(bedrag > 0)) return;
    const i = this.aantalGevuld++;
    this.van[i] = van;
    this.naar[i] = naar;
    this.bedrag[i] = bedrag;
    this.kader[i] = k;
  }

  /** Whether party `id` pays any of the flows. */
  betaalt(id: string): boolean {
    for (let i = 0; i < this.aantal; i++) if (this.partijen[this.van[i]] === id) return true;
    return false;
  }

  /** The flows as objects, in order. */
  stromen(): Stroom[] {
    if (!this.lijst) {
      const lijst: Stroom[] = [];
      for (let i = 0; i < this.aantal; i++) {
        lijst.push({ van: this.partijen[this.van[i]], naar: this.partijen[this.naar[i]], bedrag: this.bedrag[i], soort: 'individueel', kader: KADERS[this.kader[i]] });
      }
      this.lijst = lijst;
    }
    return this.lijst;
  }
}

function telPositief(a: Float64Array, n = a.length): number {
  let aantal = 0;
  for (let i = 0; i < n; i++) if (a[i] > 0) aantal++;
  return aantal;
}
