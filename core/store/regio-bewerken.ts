import { GebruikersFout } from '../../shared/api/fout';
import { PROFESSIONAL_IDS } from '../../shared/engine';
import { rijSleutel, type TabelBeschrijving } from '../../shared/regio/beschrijving';
import { valideerConcept, type RegioBestand } from '../../shared/regio/schema';
import { GEMEENTEN, INVENTARISATIES, LEERLINGEN, SAMENWERKINGSVERBANDEN, SCHOLEN, REALISATIE, TLVS, ZORGVERZEKERAARS } from '../../shared/regio/tabellen';
import type { Wijziging } from '../../shared/regio/wijziging';
import type { ProjectDb } from './db';
import { leesRegio, prijspeilSql } from './regio-repository';
import { insertSql, sqlKolom, sqlKolommen, sqlWaarde, sqlWaarden } from './regio-rijen';

function isFkFout(e: unknown): boolean {
  return (e as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function isUniekFout(e: unknown): boolean {
  const code = (e as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Adds (sleutel null), removes (waarde null) or changes one row of a table addressed by its first
 * key field; a changed key cascades to references (foreign keys and triggers of the migrations).
 */
function pasRijToe(db: ProjectDb, regioId: number, t: TabelBeschrijving, sleutel: string | null, waarde: object | null): void {
  const kolommen = sqlKolommen(t);
  const sleutelKolom = sqlKolom(t, t.sleutel[0]);
  try {
    if (sleutel === null) {
      if (waarde === null) return;
      const volgorde = (db.prepare(`SELECT coalesce(max(volgorde) + 1, 0) AS v FROM ${t.sqlTabel} WHERE regio_id = ?`).get(regioId) as { v: number }).v;
      db.prepare(insertSql(t)).run(regioId, ...sqlWaarden(t, waarde), volgorde);
      return;
    }
    const r =
      waarde === null
        ? db.prepare(`DELETE FROM ${t.sqlTabel} WHERE regio_id = ? AND ${sleutelKolom} = ?`).run(regioId, sleutel)
        : db.prepare(`UPDATE ${t.sqlTabel} SET ${kolommen.map((k) => `${k} = ?`).join(', ')} WHERE regio_id = ? AND ${sleutelKolom} = ?`).run(...sqlWaarden(t, waarde), regioId, sleutel);
    if (r.changes === 0) throw new GebruikersFout(`De ${t.wat} ${sleutel} bestaat niet (meer) in deze regio.`);
  } catch (e) {
    if (isUniekFout(e)) throw new GebruikersFout(`Er is al een ${t.wat} ${waarde ? rijSleutel(t, waarde) : sleutel}.`);
    if (isFkFout(e) && waarde === null) throw new GebruikersFout(`De ${t.wat} ${sleutel} kan niet worden verwijderd: er verwijzen nog scholen of leerlingen naar. Verwijder of wijzig die eerst.`);
    throw e;
  }
}

function pasToe(db: ProjectDb, regioId: number, w: Wijziging): void {
  switch (w.soort) {
    case 'regio':
      db.prepare('UPDATE regio SET naam = ?, zorgkantoor = ? WHERE id = ?').run(w.naam, w.zorgkantoor, regioId);
      return;
    case 'gemeente':
      // One centrumgemeente: choosing a new one releases the old.
      if (w.waarde?.centrumgemeente) db.prepare('UPDATE gemeente SET centrumgemeente = 0 WHERE regio_id = ?').run(regioId);
      return pasRijToe(db, regioId, GEMEENTEN, w.code, w.waarde);
    case 'swv':
      return pasRijToe(db, regioId, SAMENWERKINGSVERBANDEN, w.code, w.waarde);
    case 'school':
      return pasRijToe(db, regioId, SCHOLEN, w.code, w.waarde);
    case 'zorgverzekeraar':
      return pasRijToe(db, regioId, ZORGVERZEKERAARS, w.naam, w.waarde);
    case 'leerlingen': {
      // One cel per key (school, woongemeente, doelgroep, sector): aantal 0 removes it.
      const sleutels = LEERLINGEN.sleutel.map((v) => sqlKolom(LEERLINGEN, v));
      const zet = db.prepare(insertSql(LEERLINGEN, ` ON CONFLICT (regio_id, ${sleutels.join(', ')}) DO UPDATE SET aantal = excluded.aantal`));
      const wis = db.prepare(`DELETE FROM leerlingen WHERE regio_id = ? AND ${sleutels.map((k) => `${k} = ?`).join(' AND ')}`);
      try {
        for (const c of w.cellen) {
          const cel = { ...c, school: w.school };
          if (c.aantal === 0) wis.run(regioId, ...LEERLINGEN.sleutel.map((v) => sqlWaarde(LEERLINGEN, v, cel[v])));
          else zet.run(regioId, ...sqlWaarden(LEERLINGEN, cel));
        }
      } catch (e) {
        if (isFkFout(e)) throw new GebruikersFout(`Leerlingen van school ${w.school}: de school of een woongemeente bestaat niet in deze regio.`);
        throw e;
      }
      return;
    }
    case 'inventarisatie': {
      db.prepare('DELETE FROM inventarisatie WHERE regio_id = ? AND school = ?').run(regioId, w.school);
      const voeg = db.prepare(insertSql(INVENTARISATIES));
      const start = (db.prepare('SELECT coalesce(max(volgorde) + 1, 0) AS v FROM inventarisatie WHERE regio_id = ?').get(regioId) as { v: number }).v;
      try {
        w.regels.forEach((r, i) => voeg.run(regioId, ...sqlWaarden(INVENTARISATIES, { ...r, school: w.school }), start + i));
      } catch (e) {
        if (isFkFout(e)) throw new GebruikersFout(`School ${w.school} bestaat niet in deze regio.`);
        if (isUniekFout(e)) throw new GebruikersFout(`Inventarisatie van school ${w.school}: een professional staat er twee keer in.`);
        throw e;
      }
      return;
    }
    case 'tlv': {
      db.prepare('DELETE FROM tlv WHERE regio_id = ? AND school = ?').run(regioId, w.school);
      const voeg = db.prepare(insertSql(TLVS));
      const start = (db.prepare('SELECT coalesce(max(volgorde) + 1, 0) AS v FROM tlv WHERE regio_id = ?').get(regioId) as { v: number }).v;
      try {
        w.rijen.forEach((r, i) => voeg.run(regioId, ...sqlWaarden(TLVS, { ...r, school: w.school }), start + i));
      } catch (e) {
        if (isFkFout(e)) throw new GebruikersFout(`TLV's van school ${w.school}: de school of een woongemeente bestaat niet in deze regio.`);
        if (isUniekFout(e)) throw new GebruikersFout(`TLV's van school ${w.school}: een woongemeente staat er twee keer in.`);
        throw e;
      }
      return;
    }
    case 'realisatie':
      return pasRealisatieToe(db, regioId, w.regel, w.waarde);
    case 'prijspeil':
      db.prepare('UPDATE regio SET prijspeil = ? WHERE id = ?').run(prijspeilSql(w.prijspeil ?? undefined), regioId);
      return;
  }
}

/** A realisatie row by its position (1-based, in the regio's order): add, change or remove. */
function pasRealisatieToe(db: ProjectDb, regioId: number, regel: number | null, waarde: object | null): void {
  try {
    if (regel === null) {
      if (waarde === null) return;
      const volgorde = (db.prepare('SELECT coalesce(max(volgorde) + 1, 0) AS v FROM realisatie WHERE regio_id = ?').get(regioId) as { v: number }).v;
      db.prepare(insertSql(REALISATIE)).run(regioId, ...sqlWaarden(REALISATIE, waarde), volgorde);
      return;
    }
    const rij = db.prepare('SELECT rowid AS id FROM realisatie WHERE regio_id = ? ORDER BY volgorde LIMIT 1 OFFSET ?').get(regioId, regel - 1) as { id: number } | undefined;
    if (!rij) throw new GebruikersFout(`Realisatieregel ${regel} bestaat niet (meer) in deze regio.`);
    if (waarde === null) db.prepare('DELETE FROM realisatie WHERE rowid = ?').run(rij.id);
    else db.prepare(`UPDATE realisatie SET ${sqlKolommen(REALISATIE).map((k) => `${k} = ?`).join(', ')} WHERE rowid = ?`).run(...sqlWaarden(REALISATIE, waarde), rij.id);
  } catch (e) {
    if (isFkFout(e)) throw new GebruikersFout('Deze realisatieregel noemt een school die niet in deze regio bestaat.');
    throw e;
  }
}

/**
 * Applies a batch of edits in one transaction and returns the regio as it is afterwards. If the
 * result is inconsistent (e.g. a school pointing at a removed samenwerkingsverband), nothing is
 * stored and the problems are reported.
 */
export function bewerkRegio(db: ProjectDb, regioId: number, wijzigingen: readonly Wijziging[]): RegioBestand {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM regio WHERE id = ?').get(regioId)) throw new GebruikersFout(`Regio ${regioId} bestaat niet in dit project.`);
    for (const w of wijzigingen) pasToe(db, regioId, w);
    db.prepare('UPDATE regio SET gewijzigd = ? WHERE id = ?').run(new Date().toISOString(), regioId);
    const na = valideerConcept(leesRegio(db, regioId), { professionals: PROFESSIONAL_IDS });
    if (!na.ok) throw new GebruikersFout('De wijziging is niet opgeslagen: de regio zou niet meer kloppen.', na.problemen);
    return na.waarde;
  })();
}
