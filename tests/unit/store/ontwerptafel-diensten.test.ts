import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Bestand, OntwerpsessieSamenvatting } from '../../../shared/api/contract';
import { nieuweSessie, scopeEffecten, sessieWeging, type Meerjarenraming, type Ontwerpsessie, type ScopeEffect } from '../../../shared/ontwerptafel';
import { evalueerVariant, type VariantInvoer } from '../../../shared/engine';
import { demoSessiePerTest, gebruikersFout } from '../../hulp/sessie';

const ctx = demoSessiePerTest();
const variant: VariantInvoer = { scope: 'medium', potKaders: ['jeugdwet', 'wlz', 'wmo'] };
/** The groups of versie 1 of the session, before the survey's groups. */
const OUDE_GROEPEN = ['Gemeenten', 'Samenwerkingsverbanden', 'Schoolbesturen', 'Zorgaanbieders', 'Zorgkantoren', 'Zorgverzekeraars', 'Ouders'].map((naam) => ({ id: naam.toLowerCase(), naam }));

describe('de ontwerptafel via de sessie', () => {
  it('weegt de routes per groep en geeft de gevoeligheid', () => {
    const r = ctx.s.diensten.ontwerptafelWeging({ regioId: ctx.regioId, variant, sessie: nieuweSessie() }) as { weging: { perGroep: unknown[]; totaal: { rangorde: Array<{ route: string }> } }; gewichten: { totaal: unknown[] } };
    expect(r.weging.perGroep).toHaveLength(7);
    expect(r.weging.totaal.rangorde.map((x) => x.route).sort()).toEqual(['gemeenteroute', 'huidig', 'integraal', 'onderwijsroute']);
    expect(r.gewichten.totaal.length).toBeGreaterThan(0);
  });

  it('geeft per taak het effect op de pot, en een meerjarenraming die met de index groeit', () => {
    const effecten = ctx.s.diensten.scopeEffecten({ regioId: ctx.regioId, variant }) as ScopeEffect[];
    expect(effecten).toHaveLength(11);
    for (const e of effecten) expect(e.met.pot).toBeGreaterThanOrEqual(e.zonder.pot - 1e-6);
    const m = ctx.s.diensten.meerjarenraming({ regioId: ctx.regioId, variant, instellingen: { jaren: 2, prijsindex: 0.1, leerlingengroei: 0 } }) as Meerjarenraming;
    expect(m.jaren.map((j) => j.jaar)).toHaveLength(3);
    expect(m.jaren[2].pot.totaal).toBeCloseTo(m.jaren[0].pot.totaal * 1.21, 2);
    expect(gebruikersFout(() => ctx.s.diensten.meerjarenraming({ regioId: ctx.regioId, variant, instellingen: { jaren: 9 } })).problemen[0].pad).toBe('$.jaren');
  });

  it('rekent de scores en de effecten per taak zoals de rekenkern, één keer per variant, en opnieuw na een bewerking van de regio', () => {
    const { regioId } = ctx;
    const vers = () => ({ ns: ctx.s.normensetVoor(regioId), regio: ctx.s.regio(regioId) });
    const sessie = nieuweSessie();
    const { ns, regio } = vers();
    const w = ctx.s.diensten.ontwerptafelWeging({ regioId, variant, sessie }) as ReturnType<typeof sessieWeging>;
    expect(w.tabel).toEqual(sessieWeging(sessie, evalueerVariant(ns, regio, variant)).tabel);
    const eerst = ctx.s.diensten.scopeEffecten({ regioId, variant }) as ScopeEffect[];
    expect(eerst).toEqual(scopeEffecten(ns, regio, variant));
    // Asked again (the Scope tab opened once more): the kept answer.
    expect(ctx.s.diensten.scopeEffecten({ regioId, variant })).toBe(eerst);
    const cel = regio.leerlingen.find((l) => l.aantal > 10)!;
    ctx.s.diensten.regioBewerken({ regioId, wijzigingen: [{ soort: 'leerlingen', school: cel.school, cellen: [{ woongemeente: cel.woongemeente, doelgroep: cel.doelgroep, ...(cel.sector ? { sector: cel.sector } : {}), aantal: cel.aantal * 3 }] }] });
    const na = ctx.s.diensten.scopeEffecten({ regioId, variant }) as ScopeEffect[];
    expect(na).toEqual(scopeEffecten(vers().ns, vers().regio, variant));
    expect(na.map((e) => e.met.pot)).not.toEqual(eerst.map((e) => e.met.pot));
  });

  it('legt een momentopname vast, bewaart de sessie in het project en exporteert het verslag', () => {
    const met = ctx.s.diensten.momentopnameMaken({ regioId: ctx.regioId, variant, sessie: nieuweSessie({ naam: 'Ontwerptafel 12 maart' }), naam: 'Medium zonder Zvw' }) as Ontwerpsessie;
    expect(met.momentopnamen.map((m) => m.naam)).toEqual(['Medium zonder Zvw']);
    const opgeslagen = ctx.s.diensten.ontwerpsessieOpslaan({ regioId: ctx.regioId, id: null, sessie: met }) as OntwerpsessieSamenvatting;
    expect(opgeslagen).toMatchObject({ naam: 'Ontwerptafel 12 maart', momentopnamen: 1 });
    expect(ctx.s.diensten.ontwerpsessieLezen({ regioId: ctx.regioId, id: opgeslagen.id })).toEqual(met);
    const b = ctx.s.diensten.ontwerpsessieExporteren({ regioId: ctx.regioId, variant, sessie: met }) as Bestand;
    // The session's name starts with "Ontwerptafel": the file name does not say it twice.
    expect(b.bestandsnaam).toBe('Ontwerptafel 12 maart.xlsx');
    expect(XLSX.read(Buffer.from(b.inhoud, 'base64')).SheetNames).toEqual(expect.arrayContaining(['Toelichting', 'Besluiten', 'Gewichten', 'Meerjarenraming']));
    expect(ctx.s.diensten.ontwerpsessieVerwijderen({ regioId: ctx.regioId, id: opgeslagen.id })).toEqual([]);
  });

  it('opent een sessie die een eerdere versie van de app bewaarde (versie 1), met de groepen van de enquête, en exporteert haar', () => {
    const v1 = ctx.s.diensten.momentopnameMaken({ regioId: ctx.regioId, variant, sessie: nieuweSessie({ groepen: OUDE_GROEPEN }), naam: 'Ronde 1' }) as Ontwerpsessie;
    const ruw = JSON.parse(JSON.stringify({ ...v1, versie: 1, gewichten: { zorgkantoren: { eenvoud: 9 }, zorgverzekeraars: { eenvoud: 3 } } }));
    for (const rij of Object.values(ruw.momentopnamen[0].resultaten.scoretabel.perRoute) as Record<string, unknown>[]) delete rij.borging_kwaliteit;
    const id = Number(ctx.s.huidigeDb().prepare('INSERT INTO ontwerpsessie (regio_id, naam, inhoud, gewijzigd) VALUES (?, ?, ?, ?)').run(ctx.regioId, ruw.naam, JSON.stringify(ruw), '2025-03-12T09:00:00Z').lastInsertRowid);
    const s = ctx.s.diensten.ontwerpsessieLezen({ regioId: ctx.regioId, id }) as Ontwerpsessie;
    expect(s.groepen.map((g) => g.naam)).toEqual(['Gemeenten', 'Samenwerkingsverbanden', 'Schoolbesturen', 'Zorgaanbieders', 'Zorgkantoren en zorgverzekeraars', 'Ouders']);
    expect(s.gewichten).toEqual({ zorgkantoren_zorgverzekeraars: { eenvoud: 6 } });
    const b = ctx.s.diensten.ontwerpsessieExporteren({ regioId: ctx.regioId, variant, sessie: s }) as Bestand;
    const wb = XLSX.read(Buffer.from(b.inhoud, 'base64'));
    const scores = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Momentopname 1'], { header: 1 }).map((r) => r[0]);
    expect(scores).toContain('Ruimte voor individueel maatwerk');
    expect(scores).not.toContain('Borging van de kwaliteit van de zorg in de school');
  });

  it('weigert een sessie die niet klopt, met het pad van het probleem', () => {
    const f = gebruikersFout(() => ctx.s.diensten.ontwerptafelWeging({ regioId: ctx.regioId, variant, sessie: { groepen: [{ id: 'a', naam: 'A' }, { id: 'a', naam: 'B' }] } }));
    expect(f.message).toBe('De sessie van de ontwerptafel klopt niet.');
    expect(f.problemen.length).toBeGreaterThan(0);
  });
});
