/**
 * A bounded fuzz test of every import: some hundreds of files mutated from the demo template (.xlsx
 * and .ods) and the demo regio-bestand, with a fixed seed (ZIO_FUZZ_SEED to vary it,
 * ZIO_FUZZ_AANTAL for more).
 * Each must come back within the time limit, without a crash, and either read exactly what the file
 * holds or be refused in Dutch. The files in tests/fuzz/ (earlier finds) are read the same way.
 * With ZIO_FUZZ_BEWAAR=<map>, files that made a parser throw are written there for the corpus.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { maakSjabloon, maakSjabloonWerkmap } from '../../../core/excel';
import { importLimieten } from '../../../core/excel/limieten';
import type { ImportUitkomst } from '../../../core/import/lezen';
import { leesInWerker } from '../../../core/import/uitvoerder';
import { valideerRegio } from '../../../shared/regio/schema';
import { PROFESSIONAL_IDS } from '../../../shared/engine/normen';
import { maakZip, zipDelen } from '../../hulp/zip';
import { demo, verwachtNederlands } from '../excel/hulp';

const CORPUS = fileURLToPath(new URL('../../fuzz/', import.meta.url));
const SEED = Number(process.env.ZIO_FUZZ_SEED ?? 20261205);
const AANTAL = Number(process.env.ZIO_FUZZ_AANTAL ?? 300);
const TIJD_MS = 8_000;
const limieten = { ...importLimieten(), maxTijdMs: TIJD_MS };
/** A parser threw: handled (refused in Dutch), but worth keeping in the corpus. */
const PARSER_FOUT = 'het bestand is beschadigd of geen bestand dat de app kan lezen';

function willekeur(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

/**
 * 'werkmap': a zip whose bytes changed, so its CRCs tell; read means read as the original.
 * 'zonder-controle': a change no checksum can see (an XML part zipped again, or an .xls, which has
 * none): read means a valid regio of what the file now says.
 */
type Geval = { naam: string; inhoud: Buffer; soort: 'werkmap' | 'zonder-controle' | 'json' };

function gevallen(): Geval[] {
  const kies = willekeur(SEED);
  const xlsx = Buffer.from(maakSjabloon(demo()));
  const ods = Buffer.from(maakSjabloon(demo(), 'ods'));
  const xls = XLSX.write(maakSjabloonWerkmap(demo()), { type: 'buffer', bookType: 'biff8' }) as Buffer;
  const delen = zipDelen(xlsx);
  const json = Buffer.from(JSON.stringify(demo(), null, 2));
  const uit: Geval[] = [];
  const bytes = (bron: Buffer) => {
    const b = Buffer.from(bron);
    switch (kies(4)) {
      case 0: // flipped bits
        for (let i = 0, n = 1 + kies(20); i < n; i++) b[kies(b.length)] ^= 1 << kies(8);
        return b;
      case 1: // overwritten bytes
        for (let i = 0, n = 1 + kies(8); i < n; i++) b[kies(b.length)] = kies(256);
        return b;
      case 2: // cut off
        return b.subarray(0, kies(b.length));
      default: {
        // a piece repeated
        const van = kies(b.length);
        const stuk = b.subarray(van, van + 1 + kies(200));
        const waar = kies(b.length);
        return Buffer.concat([b.subarray(0, waar), stuk, b.subarray(waar)]);
      }
    }
  };
  const xmlDelen = delen.filter((d) => d.naam.endsWith('.xml'));
  for (let i = 0; i < AANTAL; i++) {
    const r = kies(10);
    if (r < 4) uit.push({ naam: `bytes-${i}.xlsx`, inhoud: bytes(xlsx), soort: 'werkmap' });
    else if (r < 5) uit.push({ naam: `bytes-${i}.ods`, inhoud: bytes(ods), soort: 'werkmap' });
    else if (r < 6) uit.push({ naam: `bytes-${i}.xls`, inhoud: bytes(xls), soort: 'zonder-controle' });
    else if (r < 7) {
      // An XML part changed and zipped again with correct CRCs: this reaches SheetJS's parser.
      const doel = xmlDelen[kies(xmlDelen.length)];
      uit.push({ naam: `xml-${i}.xlsx`, inhoud: maakZip(delen.map((d) => (d === doel ? { ...d, data: bytes(d.data) } : d))), soort: 'zonder-controle' });
    } else uit.push({ naam: `json-${i}.json`, inhoud: bytes(json), soort: 'json' });
  }
  return uit;
}

/** What a regio-bestand says, read independently of the import. */
function volgensBestand(inhoud: Buffer) {
  try {
    const r = valideerRegio(JSON.parse(inhoud.toString('utf8').replace(/^\uFEFF/, '')), { professionals: PROFESSIONAL_IDS });
    return r.ok ? r.waarde : null;
  } catch {
    return null;
  }
}

function bewaar(g: Geval): void {
  const map = process.env.ZIO_FUZZ_BEWAAR;
  if (!map) return;
  mkdirSync(map, { recursive: true });
  const ext = g.naam.split('.').pop();
  writeFileSync(join(map, `${createHash('sha256').update(g.inhoud).digest('hex').slice(0, 16)}.${ext}`), g.inhoud);
}

async function controleer(g: Geval, gevonden: string[]): Promise<void> {
  const begin = performance.now();
  let u: ImportUitkomst;
  try {
    u = await leesInWerker(g.naam, g.inhoud, { soort: 'nieuw' }, { limieten });
  } catch (e) {
    gevonden.push(`${g.naam}: ${String(e)}`);
    bewaar(g);
    return;
  }
  expect(performance.now() - begin, g.naam).toBeLessThan(TIJD_MS + 3_000);
  if (u.ok) {
    if (g.soort === 'werkmap') expect(u.regio, `${g.naam} is gelezen, dus gelijk aan het origineel`).toEqual(demo());
    else if (g.soort === 'json') expect(u.regio, `${g.naam} geeft wat in het bestand staat`).toEqual(volgensBestand(g.inhoud));
    else expect(valideerRegio(u.regio).ok, g.naam).toBe(true);
    return;
  }
  verwachtNederlands(u.problemen);
  expect(u.melding).toMatch(/is niet ingelezen/);
  if (u.problemen.some((p) => p.melding.startsWith(PARSER_FOUT) || p.melding.startsWith('het inlezen'))) {
    gevonden.push(`${g.naam}: ${u.problemen[0].melding}`);
    bewaar(g);
  }
}

describe('fuzzen van de import', () => {
  it(`${AANTAL} gewijzigde werkmappen en regio-bestanden: geen hang, geen crash, gelezen zoals het bestand zegt of in het Nederlands geweigerd`, { timeout: 180_000 }, async () => {
    const gevonden: string[] = [];
    for (const g of gevallen()) await controleer(g, gevonden);
    // Parsers that threw or timed out are refused in Dutch; they are listed to grow the corpus.
    if (gevonden.length) console.log(`Vondsten (seed ${SEED}):\n${gevonden.join('\n')}`);
    expect(gevonden.filter((v) => !v.includes(PARSER_FOUT))).toEqual([]);
  });

  it('het corpus in tests/fuzz: elk bestand wordt binnen de tijd in het Nederlands geweigerd', { timeout: 120_000 }, async () => {
    const bestanden = readdirSync(CORPUS).filter((b) => /\.(xlsx|xls|ods|json|csv)$/.test(b));
    expect(bestanden.length).toBeGreaterThan(0);
    for (const b of bestanden) {
      const u = await leesInWerker(b, readFileSync(join(CORPUS, b)), { soort: 'nieuw' }, { limieten });
      expect(u.ok, `${b} hoort geweigerd te worden`).toBe(false);
      if (u.ok) continue;
      verwachtNederlands(u.problemen);
      expect(u.problemen.some((p) => p.melding.startsWith('het inlezen')), `${b} binnen de tijd`).toBe(false);
    }
  });
});
