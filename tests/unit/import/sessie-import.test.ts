/**
 * Imports through the API operations the desktop app and the browser host share: the host answers
 * other requests while a large file is read, "Annuleren" stops it and changes nothing, and a notes
 * about a hidden sheet reaches the user.
 */
import { describe, expect, it } from 'vitest';
import { maakAfhandelaar } from '../../../core/services/afhandelaar';
import type { Antwoord } from '../../../shared/api/operaties';
import { demoSessiePerTest } from '../../hulp/sessie';
import { demoBladen, schrijf, werkmapVan } from '../excel/hulp';

const ctx = demoSessiePerTest();

function groteCsv(rijen: number): string {
  const regels = ['School;Woongemeente;Doelgroep;Aantal'];
  for (let i = 0; i < rijen; i++) regels.push(`S0${(i % 6) + 1};GM99${String((i % 9) + 1).padStart(2, '0')};gedrag;${(i % 50) + 1}`);
  return Buffer.from(regels.join('\n')).toString('base64');
}

describe('importeren via de API', () => {
  it('beantwoordt een andere vraag terwijl een groot bestand wordt ingelezen, en Annuleren stopt het inlezen', async () => {
    const afhandel = maakAfhandelaar(ctx.s.diensten);
    const importId = 'test-import-0001';
    const volgorde: string[] = [];
    const importeren = afhandel('regioImporteren', { bestandsnaam: 'groot.csv', inhoud: groteCsv(150_000), doel: { soort: 'tabel', regioId: ctx.regioId, tabel: 'leerlingen' }, importId }).then((a) => {
      volgorde.push('import');
      return a;
    });
    const info = await afhandel('projectInfo', {});
    volgorde.push('projectInfo');
    expect(info.ok).toBe(true);
    expect(await afhandel('importAnnuleren', { importId })).toEqual({ ok: true, data: { geannuleerd: true } });
    const a = (await importeren) as Antwoord<unknown>;
    expect(volgorde).toEqual(['projectInfo', 'import']);
    expect(a).toEqual({ ok: false, fout: { soort: 'gebruiker', melding: 'Het inlezen is geannuleerd. Er is niets veranderd.', problemen: [] } });
    expect(await afhandel('importAnnuleren', { importId })).toEqual({ ok: true, data: { geannuleerd: false } });
    const stand = await afhandel('regioStand', { regioId: ctx.regioId });
    expect(stand.ok && (stand.data as { kanOngedaanMaken: boolean }).kanOngedaanMaken).toBe(false);
  });

  it('een annulering die vóór het bestand aankomt, weigert dat bestand bij aankomst', async () => {
    const afhandel = maakAfhandelaar(ctx.s.diensten);
    expect(await afhandel('importAnnuleren', { importId: 'vroeg-0001' })).toEqual({ ok: true, data: { geannuleerd: false } });
    const a = await afhandel('regioImporteren', { bestandsnaam: 'regio.json', inhoud: Buffer.from('{}').toString('base64'), doel: { soort: 'nieuw' }, importId: 'vroeg-0001' });
    expect(a).toEqual({ ok: false, fout: { soort: 'gebruiker', melding: 'Het inlezen is geannuleerd. Er is niets veranderd.', problemen: [] } });
    expect(ctx.s.info().regios).toHaveLength(1);
  });

  it('de melding na het inlezen noemt een verborgen blad dat niet is gelezen', async () => {
    const bladen = demoBladen();
    const wb = werkmapVan({ ...bladen, LEERLINGEN: bladen.Leerlingen.slice(0, 2) });
    wb.Workbook = { Sheets: wb.SheetNames.map((naam) => ({ name: naam, Hidden: naam === 'LEERLINGEN' ? 1 : 0 })) };
    const r = await ctx.s.diensten.regioImporteren({ bestandsnaam: 'oud.xlsx', inhoud: schrijf(wb).toString('base64'), doel: { soort: 'nieuw' } });
    expect(r.melding).toBe(
      'Regio Demoregio (fictief) (2) ingelezen: 12 gemeenten, 6 scholen, 1.560 leerlingen. Bestand oud.xlsx: het verborgen blad "LEERLINGEN" is niet gelezen; de gegevens komen van het zichtbare blad "Leerlingen".',
    );
  });
});
