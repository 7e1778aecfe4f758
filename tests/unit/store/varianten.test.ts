import { describe, expect, it } from 'vitest';
import { demoSessiePerTest, gebruikersFout } from '../../hulp/sessie';
import { demoRegio } from '../../../core/services/demo-regio';
import type { OpgeslagenVariant } from '../../../shared/api/contract';
import type { EvaluatieWeergave, FiguurUitleg, Geldstromen } from '../../../shared/engine/evaluatie-weergave';

const ctx = demoSessiePerTest();


describe('evaluatie via de sessie', () => {
  it('geeft de vier routes met dezelfde pot; Sankey-grafen en uitleg bij de cijfers op verzoek', () => {
    const variant = { scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] } as const;
    const ev = ctx.s.diensten.evaluatie({ regioId: ctx.regioId, variant: { ...variant, potKaders: [...variant.potKaders] } }) as EvaluatieWeergave;
    const potten = Object.values(ev.routes).filter((r) => r.route !== 'huidig').map((r) => r.pot.totaal);
    expect(ev.routes.huidig.pot.totaal).toBe(0);
    expect(new Set(potten.map((p) => p.toFixed(6))).size).toBe(1);
    expect(ev.pot.totaal).toBeCloseTo(ev.pot.perKader.jeugdwet + ev.pot.perKader.wlz + ev.pot.perKader.wmo, 6);
    expect(ev.pot.perKader.zvw).toBe(0);
    expect(ev.behoefte.scope.naam).toBe('medium');
    expect(ev.behoefte).not.toHaveProperty('cellen');
    expect(ev).not.toHaveProperty('detail');
    expect(ev).not.toHaveProperty('uitleg');
    const vraag = { regioId: ev.regioId, variant: ev.variant };
    const g = ctx.s.diensten.geldstromen({ ...vraag, route: 'gemeenteroute', deel: 'alles', max: null, gemarkeerd: null }) as Geldstromen;
    expect(g.links.length).toBeGreaterThan(0);
    expect(g.aantalInPot + g.aantalBuiten).toBe(ev.routes.gemeenteroute.aantalStromen);
    const uitleg = ctx.s.diensten.uitleg({ ...vraag, figuren: ['pot', 'gemeenteroute/bijdrage/gemeente:GM9902'] }) as Record<string, FiguurUitleg>;
    expect(uitleg.pot.regels.length).toBeGreaterThan(0);
    expect(uitleg['gemeenteroute/bijdrage/gemeente:GM9902'].tekst).toMatch(/Havenveld/);
  });

  it('weigert een variant die niet bij de regio past, met het pad van elk probleem', () => {
    const f = gebruikersFout(() => ctx.s.diensten.evaluatie({ regioId: ctx.regioId, variant: { centrumgemeente: 'GM0000', scope: ['koffie'] } }));
    expect(f.message).toBe('De variant klopt niet bij deze regio.');
    expect(f.problemen.map((p) => p.pad).sort()).toEqual(['$.centrumgemeente', '$.scope[0]']);
  });
});

describe('opgeslagen varianten', () => {
  it('slaat op, wijzigt, weigert dubbele namen en verwijdert', () => {
    const a = ctx.s.diensten.variantOpslaan({ regioId: ctx.regioId, id: null, naam: 'Jeugdigen', instellingen: { verdeelsleutel: { type: 'jeugdigen' } } }) as OpgeslagenVariant;
    ctx.s.diensten.variantOpslaan({ regioId: ctx.regioId, id: null, naam: 'Alles collectief', instellingen: { potKaders: ['jeugdwet', 'zvw', 'wlz', 'wpg', 'wmo'] } });
    expect((ctx.s.diensten.varianten({ regioId: ctx.regioId }) as OpgeslagenVariant[]).map((v) => v.naam)).toEqual(['Alles collectief', 'Jeugdigen']);
    expect(gebruikersFout(() => ctx.s.diensten.variantOpslaan({ regioId: ctx.regioId, id: null, naam: 'Jeugdigen', instellingen: {} })).message).toMatch(/al een variant met de naam "Jeugdigen"/);
    ctx.s.diensten.variantOpslaan({ regioId: ctx.regioId, id: a.id, naam: 'Jeugdigen (mix)', instellingen: { verdeelsleutel: { type: 'mix', alpha: 0.3 } } });
    const lijst = ctx.s.diensten.varianten({ regioId: ctx.regioId }) as OpgeslagenVariant[];
    expect(lijst.find((v) => v.id === a.id)).toMatchObject({ naam: 'Jeugdigen (mix)', instellingen: { verdeelsleutel: { type: 'mix', alpha: 0.3 } } });
    expect((ctx.s.diensten.variantVerwijderen({ regioId: ctx.regioId, id: a.id }) as OpgeslagenVariant[]).map((v) => v.naam)).toEqual(['Alles collectief']);
  });

  it('slaat geen variant op die niet bij de regio past', () => {
    const f = gebruikersFout(() => ctx.s.diensten.variantOpslaan({ regioId: ctx.regioId, id: null, naam: 'Fout', instellingen: { deelname: { 'gemeente:GM0000': false } } }));
    expect(f.problemen[0].pad).toBe('$.deelname["gemeente:GM0000"]');
    expect(ctx.s.diensten.varianten({ regioId: ctx.regioId })).toEqual([]);
  });
});

describe('normatieve formatie van één school', () => {
  it('negeert de inventarisatie van de school: de norm blijft zichtbaar naast de meting', () => {
    const voor = ctx.s.diensten.formatieNorm({ regioId: ctx.regioId, school: 'S04' }) as Record<string, number>;
    expect(voor.fysiotherapeut).toBeGreaterThan(0);
    ctx.s.diensten.regioBewerken({ regioId: ctx.regioId, wijzigingen: [{ soort: 'inventarisatie', school: 'S04', regels: [{ professional: 'fysiotherapeut', fte: 12 }] }] });
    expect(ctx.s.diensten.formatieNorm({ regioId: ctx.regioId, school: 'S04' })).toEqual(voor);
    expect(() => ctx.s.diensten.formatieNorm({ regioId: ctx.regioId, school: 'S99' })).toThrow(/School S99 bestaat niet/);
  });
});

describe('exporteren via de sessie', () => {
  it('de berekening van een variant als werkmap, met de versie van de app', async () => {
    const XLSX = await import('xlsx');
    const { APP_VERSIE } = await import('../../../shared/versie');
    const b = ctx.s.diensten.berekeningExporteren({ regioId: ctx.regioId, variant: { scope: 'medium' }, kleineAantallen: false }) as { bestandsnaam: string; inhoud: string };
    expect(b.bestandsnaam).toBe('Demoregio (fictief) - berekening.xlsx');
    const wb = XLSX.read(Buffer.from(b.inhoud, 'base64'));
    expect(wb.SheetNames).toEqual(expect.arrayContaining(['Toelichting', 'Invoer', 'Normen', 'Behoefte', 'Vergelijking']));
    expect(JSON.stringify(XLSX.utils.sheet_to_json(wb.Sheets.Toelichting, { header: 1 }))).toContain(APP_VERSIE);
  });

  it('het OOGO-rapport van een samenwerkingsverband, en een Nederlandse fout voor een onbekend', () => {
    const r = ctx.s.diensten.oogoRapport({ regioId: ctx.regioId, swv: 'VO9902', variant: {}, kleineAantallen: true }) as { kop: { swv: { naam: string }; kleineAantallen: boolean } };
    expect(r.kop.swv.naam).toBe('SWV VO Oostelijke Dijken (fictief)');
    expect(r.kop.kleineAantallen).toBe(true);
    expect(gebruikersFout(() => ctx.s.diensten.oogoRapport({ regioId: ctx.regioId, swv: 'XX', variant: {}, kleineAantallen: true })).message).toBe('Samenwerkingsverband XX bestaat niet in deze regio.');
  });

  it('buiten de desktop-app verwijst PDF opslaan naar afdrukken in de browser', () => {
    expect(gebruikersFout(() => ctx.s.diensten.pdfOpslaan({ bestandsnaam: 'x' })).message).toMatch(/Afdrukken/);
  });
});

describe('regionale normen via de sessie', () => {
  it('een eigen tarief telt mee in de behoefte en de export van die regio, en kan terug naar landelijk', async () => {
    const voor = ctx.s.diensten.behoefte({ regioId: ctx.regioId, scope: 'breed' }) as { totaal: number; perProfessional: Record<string, { kosten: number }> };
    const o = ctx.s.diensten.normAanpassen({ regioId: ctx.regioId, aanpassing: { parameter: 'tarief', professional: 'psycholoog', waarde: 120000 } }) as { aanpassingen: Array<{ plaats: string }> };
    expect(o.aanpassingen.map((a) => a.plaats)).toEqual(['Psycholoog, tarief per fte']);
    const na = ctx.s.diensten.behoefte({ regioId: ctx.regioId, scope: 'breed' }) as typeof voor;
    expect(na.totaal).toBeGreaterThan(voor.totaal);
    expect(na.perProfessional.logopedist.kosten).toBeCloseTo(voor.perProfessional.logopedist.kosten, 6);
    const XLSX = await import('xlsx');
    const b = ctx.s.diensten.berekeningExporteren({ regioId: ctx.regioId, variant: {}, kleineAantallen: false }) as { inhoud: string };
    expect(JSON.stringify(XLSX.utils.sheet_to_json(XLSX.read(Buffer.from(b.inhoud, 'base64')).Sheets.Normen, { header: 1 }))).toContain('regionaal aangepast');
    ctx.s.diensten.normAanpassen({ regioId: ctx.regioId, aanpassing: { parameter: 'tarief', professional: 'psycholoog', waarde: null } });
    expect((ctx.s.diensten.behoefte({ regioId: ctx.regioId, scope: 'breed' }) as typeof voor).totaal).toBeCloseTo(voor.totaal, 6);
    expect(gebruikersFout(() => ctx.s.diensten.normAanpassen({ regioId: ctx.regioId, aanpassing: { parameter: 'tarief', professional: 'tovenaar', waarde: 1 } })).message).toBe('Onbekende professional tovenaar.');
  });

  it('een eigen pgb-aandeel geldt in de evaluaties van die regio, en kan terug naar landelijk', () => {
    const variant = { pgb: { wlz: 'individueel' as const } };
    const viaOuders = () => {
      const g = ctx.s.diensten.geldstromen({ regioId: ctx.regioId, variant, route: 'gemeenteroute', deel: 'alles', max: null, gemarkeerd: null }) as Geldstromen;
      return g.links.filter((x) => x.van === 'ouders:pgb' && x.kader === 'wlz').reduce((t, x) => t + x.bedrag, 0);
    };
    const landelijk = viaOuders();
    expect(landelijk).toBeGreaterThan(0);
    const o = ctx.s.diensten.normAanpassen({ regioId: ctx.regioId, aanpassing: { parameter: 'pgbAandeel', kader: 'wlz', waarde: 0 } }) as { pgb: Array<{ kader: string; aandeel: number; regionaal: number | null }>; parameters: Array<{ naam: string; beschrijving: string }> };
    expect(o.pgb.find((p) => p.kader === 'wlz')).toMatchObject({ aandeel: 0, regionaal: 0 });
    expect(o.parameters.find((p) => p.naam === 'Regionaal aangepast: pgb-aandeel Wlz')?.beschrijving).toBe('0% in plaats van landelijk 52%.');
    expect(viaOuders()).toBe(0);
    ctx.s.diensten.normAanpassen({ regioId: ctx.regioId, aanpassing: { parameter: 'pgbAandeel', kader: 'wlz', waarde: null } });
    expect(viaOuders()).toBeCloseTo(landelijk, 6);
  });
});
