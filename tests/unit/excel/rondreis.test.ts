import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { leesWerkmap, maakSjabloon, maakSjabloonWerkmap } from '../../../core/excel';
import { DOELGROEPEN, KADERS, SECTOREN, SWV_TYPES } from '../../../shared/domain/labels';
import { PROFESSIONALS } from '../../../shared/engine/normen';
import { REGIO_VERSIE, valideerRegio, type RegioBestand } from '../../../shared/regio/schema';
import { CEL_SECTOREN } from '../../../shared/regio/tabellen';
import { demo, demoMetInventarisatie, schrijf } from './hulp';

function gelezen(buffer: Uint8Array, naam: string): RegioBestand {
  const r = leesWerkmap(buffer, naam);
  if (!r.ok) throw new Error(r.problemen.map((p) => `${p.pad}: ${p.melding}`).join('\n'));
  return r.waarde;
}

describe('rondreis: regio → sjabloon → import', () => {
  it('de demoregio komt via .xlsx exact terug, ook de volgorde van velden en rijen', () => {
    const d = demo();
    const terug = gelezen(maakSjabloon(d), 'demo.xlsx');
    expect(terug).toStrictEqual(d);
    expect(JSON.stringify(terug)).toBe(JSON.stringify(d));
  });

  it.each([
    ['ods', 'demo.ods'],
    ['biff8', 'demo.xls'],
    ['xlsx', 'demo.xlsm'],
  ] as const)('de demoregio komt via %s (%s) exact terug', (bookType, naam) => {
    const d = demo();
    const buffer = schrijf(maakSjabloonWerkmap(d), bookType);
    expect(gelezen(buffer, naam)).toStrictEqual(d);
  });

  it('maakSjabloon(regio, "ods") schrijft een .ods die exact terugkomt', () => {
    const d = demoMetInventarisatie();
    const buffer = maakSjabloon(d, 'ods');
    expect(Buffer.from(buffer.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(gelezen(buffer, 'demo.ods')).toStrictEqual(d);
  });

  it('inventarisaties met en zonder eigen kaderverdeling komen exact terug', () => {
    const d = demoMetInventarisatie();
    const terug = gelezen(maakSjabloon(d), 'inv.xlsx');
    expect(terug).toStrictEqual(d);
    expect(terug.inventarisaties[0]).not.toHaveProperty('kaders');
  });

  it('een Uint8Array (zoals uit IPC) werkt net zo goed als een Buffer', () => {
    const d = demo();
    const b = maakSjabloon(d);
    expect(gelezen(new Uint8Array(b), 'demo.xlsx')).toStrictEqual(d);
  });

  it('eigenschap: elke geldige regio overleeft de rondreis via .xlsx', () => {
    const code = fc.stringMatching(/^[A-Z]{1,3}[0-9]{1,4}$/);
    const naam = fc
      .string({ minLength: 1, maxLength: 30 })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && !s.startsWith('#') && !/[\u0000-\u001f\ud800-\udfff]/.test(s));
    const regio = fc
      .record({
        regionaam: naam,
        gemeenten: fc.uniqueArray(fc.record({ code, naam, inwoners0tot17: fc.nat(500_000), inRegio: fc.boolean(), po: fc.option(fc.nat()), vo: fc.option(fc.nat()) }), { minLength: 1, maxLength: 6, selector: (g) => g.code }),
        swvs: fc.uniqueArray(fc.record({ code, naam, type: fc.constantFrom(...SWV_TYPES) }), { minLength: 1, maxLength: 3, selector: (s) => s.code }),
        scholen: fc.uniqueArray(fc.record({ code, naam, sector: fc.constantFrom(...SECTOREN), g: fc.nat(), s: fc.nat(), aandeelSo: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }), { maxLength: 5, selector: (s) => s.code }),
        cellen: fc.array(fc.record({ s: fc.nat(), g: fc.nat(), d: fc.constantFrom(...DOELGROEPEN), aantal: fc.integer({ min: 1, max: 10_000 }), sector: fc.option(fc.constantFrom(...CEL_SECTOREN)) }), { maxLength: 30 }),
        verzekeraars: fc.uniqueArray(fc.record({ naam, gewicht: fc.integer({ min: 1, max: 1000 }) }), { minLength: 1, maxLength: 4, selector: (z) => z.naam }),
        fte: fc.array(fc.record({ s: fc.nat(), p: fc.nat(), fte: fc.double({ min: 0, max: 50, noNaN: true }), kader: fc.option(fc.constantFrom(...KADERS)) }), { maxLength: 5 }),
      })
      .map((x): RegioBestand => {
        // Versie 2 fields: a gemeente's SWV of the right type, aandeel so only for so-vso, a cel's sector where allowed.
        const vanType = (type: 'po' | 'vo', n: number | null) => {
          const passend = x.swvs.filter((s) => s.type === type);
          return n === null || passend.length === 0 ? {} : { [type === 'po' ? 'swvPo' : 'swvVo']: passend[n % passend.length].code };
        };
        const gemeenten = x.gemeenten.map(({ po, vo, ...g }, i) => ({ ...g, inRegio: i === 0 ? true : g.inRegio, centrumgemeente: i === 0, ...vanType('po', po), ...vanType('vo', vo) }));
        const scholen = x.scholen.map((s) => ({
          code: s.code,
          naam: s.naam,
          vestigingsgemeente: gemeenten[s.g % gemeenten.length].code,
          swv: x.swvs[s.s % x.swvs.length].code,
          sector: s.sector,
          ...(s.sector === 'so-vso' && s.aandeelSo !== null ? { aandeelSo: s.aandeelSo } : {}),
        }));
        const gezien = new Set<string>();
        const leerlingen = scholen.length
          ? x.cellen.flatMap((c) => {
              const school = scholen[c.s % scholen.length];
              const sector = c.sector !== null && (school.sector === 'so-vso' || school.sector === c.sector) ? { sector: c.sector } : {};
              const l = { school: school.code, woongemeente: gemeenten[c.g % gemeenten.length].code, doelgroep: c.d, aantal: c.aantal, ...sector };
              const k = `${l.school}|${l.woongemeente}|${l.doelgroep}|${sector.sector ?? ''}`;
              if (gezien.has(k)) return [];
              gezien.add(k);
              return [l];
            })
          : [];
        const totaal = x.verzekeraars.reduce((s, z) => s + z.gewicht, 0);
        const zorgverzekeraars = x.verzekeraars.map((z) => ({ naam: z.naam, marktaandeel: z.gewicht / totaal }));
        const somRest = zorgverzekeraars.slice(1).reduce((s, z) => s + z.marktaandeel, 0);
        zorgverzekeraars[0].marktaandeel = 1 - somRest;
        const invGezien = new Set<string>();
        const inventarisaties = scholen.length
          ? x.fte.flatMap((v) => {
              const rij = { school: scholen[v.s % scholen.length].code, professional: PROFESSIONALS[v.p % PROFESSIONALS.length].id, fte: v.fte, ...(v.kader ? { kaders: { [v.kader]: 1 } } : {}) };
              const k = `${rij.school}|${rij.professional}`;
              if (invGezien.has(k)) return [];
              invGezien.add(k);
              return [rij];
            })
          : [];
        const r = valideerRegio({
          formaat: 'zio-regio',
          versie: REGIO_VERSIE,
          regio: { naam: x.regionaam },
          gemeenten,
          samenwerkingsverbanden: x.swvs,
          scholen,
          leerlingen,
          zorgkantoor: { naam: 'Zorgkantoor' },
          zorgverzekeraars,
          inventarisaties,
        });
        if (!r.ok) throw new Error(JSON.stringify(r.problemen));
        return r.waarde;
      });
    fc.assert(
      fc.property(regio, (r) => {
        expect(gelezen(maakSjabloon(r), 'r.xlsx')).toStrictEqual(r);
      }),
      { numRuns: 40 },
    );
  });

  it('het lege sjabloon heeft alle bladen en alleen kopregels', () => {
    const wb = XLSX.read(maakSjabloon(), { dense: true });
    expect(wb.SheetNames).toEqual(['Toelichting', 'Regio', 'Gemeenten', 'Samenwerkingsverbanden', 'Scholen', 'Leerlingen', 'Zorgverzekeraars', 'Inventarisatie', 'TLV', 'Realisatie', 'Keuzelijsten']);
    for (const blad of ['Gemeenten', 'Samenwerkingsverbanden', 'Scholen', 'Leerlingen', 'Zorgverzekeraars', 'Inventarisatie']) {
      expect(XLSX.utils.sheet_to_json(wb.Sheets[blad], { header: 1 }), blad).toHaveLength(1);
    }
  });
});
