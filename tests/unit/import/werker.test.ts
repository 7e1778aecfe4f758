/**
 * The import worker: a file that takes too long or too much memory is stopped with a Dutch message
 * naming the limit, Cancel stops it at once, and the calling thread stays free meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { maakSjabloon } from '../../../core/excel';
import { importLimieten, type ImportLimieten } from '../../../core/excel/limieten';
import { ImportGeannuleerd, leesInWerker } from '../../../core/import/uitvoerder';
import { demo } from '../excel/hulp';

const limieten = (anders: Partial<ImportLimieten> = {}): ImportLimieten => ({ ...importLimieten(), ...anders });

/** A CSV of leerlingen that takes the worker a few seconds: many rows, every one validated. */
function groteCsv(rijen = 200_000): Buffer {
  const regels = ['School;Woongemeente;Doelgroep;Aantal'];
  for (let i = 0; i < rijen; i++) regels.push(`S0${(i % 6) + 1};GM99${String(i % 9 + 1).padStart(2, '0')};gedrag;${i % 50}`);
  return Buffer.from(regels.join('\n'));
}

const tabel = () => ({ soort: 'tabel' as const, tabel: 'leerlingen' as const, regio: demo() });

describe('importeren in een worker', () => {
  it('leest een werkmap en geeft dezelfde regio als in dit proces', async () => {
    const u = await leesInWerker('demo.xlsx', maakSjabloon(demo()), { soort: 'nieuw' });
    expect(u.ok && u.regio).toEqual(demo());
  });

  it('stopt na de tijdsgrens met een melding die de grens noemt', async () => {
    const begin = performance.now();
    const u = await leesInWerker('groot.csv', groteCsv(), tabel(), { limieten: limieten({ maxTijdMs: 300 }) });
    expect(performance.now() - begin).toBeLessThan(3_000);
    expect(u).toMatchObject({ ok: false, problemen: [{ pad: 'Bestand groot.csv', melding: expect.stringMatching(/^het inlezen duurde langer dan 0,3 seconden, de tijdsgrens voor één bestand/) }] });
  });

  it('stopt bij de geheugengrens met een melding die de grens noemt', async () => {
    const u = await leesInWerker('groot.csv', groteCsv(200_000), tabel(), { limieten: limieten({ maxGeheugenMb: 32 }) });
    expect(u).toMatchObject({ ok: false, problemen: [{ melding: expect.stringMatching(/^het inlezen had meer dan 32 MB geheugen nodig, de grens voor één bestand/) }] });
  });

  it('Annuleren stopt het lezen meteen; de volgende import werkt gewoon', async () => {
    const c = new AbortController();
    const begin = performance.now();
    const lopend = leesInWerker('groot.csv', groteCsv(), tabel(), { signaal: c.signal });
    setTimeout(() => c.abort(), 200);
    await expect(lopend).rejects.toBeInstanceOf(ImportGeannuleerd);
    expect(performance.now() - begin).toBeLessThan(2_000);
    const daarna = await leesInWerker('demo.json', Buffer.from(JSON.stringify(demo())), { soort: 'nieuw' });
    expect(daarna.ok).toBe(true);
  });

  it('deze thread blijft vrij terwijl de worker leest', async () => {
    let tikken = 0;
    const klok = setInterval(() => tikken++, 10);
    const begin = performance.now();
    const u = await leesInWerker('groot.csv', groteCsv(30_000), tabel());
    const duur = performance.now() - begin;
    clearInterval(klok);
    // The rows repeat combinations of school, gemeente and doelgroep: refused, after reading them all.
    expect(u).toMatchObject({ ok: false, problemen: expect.arrayContaining([expect.objectContaining({ melding: expect.stringMatching(/^en nog [\d.]+ problemen/) })]) });
    // A blocked thread would tick once at the end; a free one about every 10 ms.
    expect(tikken).toBeGreaterThan(duur / 10 / 4);
  });
});
