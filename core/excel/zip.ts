/**
 * A cheap look into a zip file (.xlsx, .xlsm, .ods) before SheetJS gets it: the central directory
 * gives the number of entries and their declared sizes, so a zip bomb is refused without unpacking
 * it; then every entry is unpacked with zlib, bounded by its declared size, and its CRC-32 checked,
 * so a damaged file is refused instead of being read with rows missing (SheetJS ignores CRCs, and
 * its own inflate can spin on damaged data).
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { mb, nl } from './limieten';

export interface ZipEntry {
  naam: string;
  methode: number;
  crc: number;
  gecomprimeerd: number;
  grootte: number;
  lokaleKop: number;
}

export interface ZipLimieten {
  maxEntries: number;
  maxUitgepakt: number;
}

/** Why a zip is refused; `limiet` when a limit was passed, `beschadigd` when its structure is wrong. */
export class WerkmapFout extends Error {
  constructor(
    readonly soort: 'limiet' | 'beschadigd' | 'versleuteld',
    melding: string,
  ) {
    super(melding);
  }
}

const EOCD = 0x06054b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;

const beschadigd = (waarom: string) => new WerkmapFout('beschadigd', `het bestand is beschadigd (${waarom})`);

function zoekEinde(b: Buffer): number {
  const ondergrens = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= ondergrens; i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The entries of the central directory, checked against the limits; nothing is unpacked yet. */
export function leesZipInhoud(b: Buffer, limieten: ZipLimieten): ZipEntry[] {
  if (b.length < 22) throw beschadigd('te kort voor een zip-bestand');
  const einde = zoekEinde(b);
  if (einde < 0) throw beschadigd('de inhoudsopgave van het zip-bestand ontbreekt; is het afgebroken tijdens downloaden of kopiëren?');
  const aantal = b.readUInt16LE(einde + 10);
  const cdGrootte = b.readUInt32LE(einde + 12);
  const cdBegin = b.readUInt32LE(einde + 16);
  if (aantal === 0xffff || cdBegin === 0xffffffff) throw new WerkmapFout('limiet', 'het bestand gebruikt het ZIP64-formaat voor zeer grote bestanden; dat leest de app niet');
  if (aantal > limieten.maxEntries) throw new WerkmapFout('limiet', `het zip-bestand bevat ${nl(aantal)} onderdelen; de grens is ${nl(limieten.maxEntries)}`);
  if (cdBegin + cdGrootte > einde) throw beschadigd('de inhoudsopgave van het zip-bestand klopt niet');
  const entries: ZipEntry[] = [];
  let totaal = 0;
  let p = cdBegin;
  for (let i = 0; i < aantal; i++) {
    if (p + 46 > einde || b.readUInt32LE(p) !== CENTRAAL) throw beschadigd('de inhoudsopgave van het zip-bestand klopt niet');
    const vlaggen = b.readUInt16LE(p + 8);
    const naamLengte = b.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      methode: b.readUInt16LE(p + 10),
      crc: b.readUInt32LE(p + 16),
      gecomprimeerd: b.readUInt32LE(p + 20),
      grootte: b.readUInt32LE(p + 24),
      lokaleKop: b.readUInt32LE(p + 42),
      naam: b.toString('utf8', p + 46, p + 46 + naamLengte),
    };
    if (vlaggen & 1) throw new WerkmapFout('versleuteld', 'het bestand is versleuteld; sla het zonder wachtwoord op en importeer het opnieuw');
    if (entry.grootte === 0xffffffff || entry.gecomprimeerd === 0xffffffff) throw new WerkmapFout('limiet', 'het bestand gebruikt het ZIP64-formaat voor zeer grote bestanden; dat leest de app niet');
    totaal += entry.grootte;
    if (totaal > limieten.maxUitgepakt) {
      throw new WerkmapFout('limiet', `uitgepakt is het bestand groter dan de grens van ${mb(limieten.maxUitgepakt)} (een zip-bom, of een werkmap met veel meer dan de gegevens van een regio?)`);
    }
    entries.push(entry);
    p += 46 + naamLengte + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return entries;
}

/** Unpacks one entry, bounded by its declared size, and checks its length and CRC-32. */
export function pakUit(b: Buffer, e: ZipEntry): Buffer {
  const p = e.lokaleKop;
  if (p + 30 > b.length || b.readUInt32LE(p) !== LOKAAL) throw beschadigd(`onderdeel ${e.naam} is niet te vinden`);
  const begin = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
  if (begin + e.gecomprimeerd > b.length) throw beschadigd(`onderdeel ${e.naam} is afgebroken`);
  const ruw = b.subarray(begin, begin + e.gecomprimeerd);
  let data: Buffer;
  if (e.methode === 0) data = ruw;
  else if (e.methode === 8) {
    try {
      data = inflateRawSync(ruw, { maxOutputLength: Math.max(1, e.grootte) + 1 });
    } catch {
      throw beschadigd(`onderdeel ${e.naam} is niet uit te pakken`);
    }
  } else throw beschadigd(`onderdeel ${e.naam} gebruikt een onbekende compressie (${e.methode})`);
  if (data.length !== e.grootte) throw beschadigd(`onderdeel ${e.naam} heeft niet de opgegeven grootte`);
  if (crc32(data) !== e.crc) throw beschadigd(`de controlesom (CRC) van onderdeel ${e.naam} klopt niet`);
  return data;
}

/** Every entry unpacked and checked, by name. */
export function pakAllesUit(b: Buffer, limieten: ZipLimieten): Map<string, Buffer> {
  const uit = new Map<string, Buffer>();
  for (const e of leesZipInhoud(b, limieten)) uit.set(e.naam, pakUit(b, e));
  return uit;
}
