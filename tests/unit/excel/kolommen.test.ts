import { describe, expect, it } from 'vitest';
import { BLADEN, TABEL_IDS } from '../../../core/excel';
import { normaliseer } from '../../../core/excel/cel';
import { leesDoelgroep, leesJaNee, leesProfessional, leesSector, leesSwvType } from '../../../core/excel/keuzes';
import { koppenVan } from '../../../core/excel/tabel';
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN } from '../../../shared/domain/labels';
import { PROFESSIONALS } from '../../../shared/engine/normen';

describe('kolomdefinities', () => {
  it.each(TABEL_IDS)('blad %s: elke kop en alias wijst naar precies één kolom', (tabel) => {
    const def = BLADEN[tabel];
    const koppen = koppenVan(def);
    for (const k of def.kolommen) {
      for (const tekst of [k.kop, ...k.aliassen]) expect(koppen.get(normaliseer(tekst)), `${def.blad}: "${tekst}"`).toBe(k);
    }
  });

  it('normaliseer negeert hoofdletters, accenten, spaties en leestekens; t/m wordt tm', () => {
    expect(normaliseer('  Inwoners 0 t/m 17 ')).toBe('inwoners0tm17');
    expect(normaliseer('Coördinerende gemeente')).toBe('coordinerendegemeente');
    expect(normaliseer('SWV-code')).toBe(normaliseer('swv code'));
  });
});

describe('keuzes', () => {
  it('elke doelgroep is herkenbaar aan id, label en korte naam', () => {
    for (const d of DOELGROEPEN) {
      expect(leesDoelgroep(d)).toBe(d);
      expect(leesDoelgroep(DOELGROEP_LABEL[d].toUpperCase())).toBe(d);
      expect(leesDoelgroep(` ${DOELGROEP_KORT[d]} `)).toBe(d);
    }
    expect(leesDoelgroep('(L)VB / ML')).toBe('lvb_ml');
    expect(leesDoelgroep('EMB')).toBe('emb');
    expect(leesDoelgroep('gedrag en zo')).toBeUndefined();
    expect(leesDoelgroep('')).toBeUndefined();
  });

  it('sectoren, typen en ja/nee', () => {
    expect(leesSector('SO/VSO')).toBe('so-vso');
    expect(leesSector('so en vso')).toBe('so-vso');
    expect(leesSector('VSO')).toBe('vso');
    expect(leesSector('mbo')).toBeUndefined();
    expect(leesSwvType('Voortgezet onderwijs')).toBe('vo');
    expect(leesSwvType('PO')).toBe('po');
    expect(['ja', 'JA', 'x', 'X', '1', 'waar', 'true'].map(leesJaNee)).toEqual(Array(7).fill(true));
    expect(['nee', 'Nee', '0', 'onwaar', 'false'].map(leesJaNee)).toEqual(Array(5).fill(false));
    expect(leesJaNee('misschien')).toBeUndefined();
    expect(leesJaNee('')).toBeUndefined();
  });

  it('professionals met id of naam; onbekende blijven zoals geschreven, voor de schemacontrole', () => {
    for (const p of PROFESSIONALS) {
      expect(leesProfessional(p.id)).toBe(p.id);
      expect(leesProfessional(p.naam.toLowerCase())).toBe(p.id);
    }
    expect(leesProfessional(' tovenaar ')).toBe('tovenaar');
  });
});
