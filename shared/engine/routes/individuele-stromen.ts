import type { Kader } from '../../domain/labels';
import { OUDERS_PGB } from './partijen';
import type { Stroom } from './typen';

/**
 * Collects individual flows (financier → school), merged per (van, naar, kader). The pgb part of an
 * amount goes financier → parents → school (rekenmodel-v2 §7): two flows through one party.
 */
export class IndividueleStromen {
  private readonly bedragen = new Map<string, number>();
  private readonly volgorde: Array<{ van: string; naar: string; kader: Kader }> = [];

  private tel(van: string, naar: string, kader: Kader, x: number): void {
    const sleutel = `${van}\u0000${naar}\u0000${kader}`;
    const oud = this.bedragen.get(sleutel);
    if (oud === undefined) this.volgorde.push({ van, naar, kader });
    this.bedragen.set(sleutel, (oud ?? 0) + x);
  }

  /** Books amount x of `van` for school `naar`, of which the fraction `pgb` is paid through the parents. */
  boek(van: string, naar: string, kader: Kader, x: number, pgb: number): void {
    if (!(x > 0)) return;
    const viaOuders = pgb * x;
    const direct = x - viaOuders;
    if (direct > 0) this.tel(van, naar, kader, direct);
    if (viaOuders > 0) {
      this.tel(van, OUDERS_PGB, kader, viaOuders);
      this.tel(OUDERS_PGB, naar, kader, viaOuders);
    }
  }

  /** The flows with an amount > 0, in the order first booked. */
  stromen(): Stroom[] {
    const uit: Stroom[] = [];
    for (const { van, naar, kader } of this.volgorde) {
      const bedrag = this.bedragen.get(`${van}\u0000${naar}\u0000${kader}`)!;
      if (bedrag > 0) uit.push({ van, naar, bedrag, soort: 'individueel', kader });
    }
    return uit;
  }
}
