/**
 * Writing and rewriting zip files in tests, to make hostile workbooks: a sheet's XML replaced, an
 * entry with a wrong CRC, a zip bomb. Only what the tests need: stored or deflated entries.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { pakAllesUit } from '../../core/excel/zip';

export interface ZipDeel {
  naam: string;
  data: Buffer;
  /** Overrides the CRC written (to make a damaged file). */
  crc?: number;
  /** Overrides the uncompressed size written in the central directory. */
  grootte?: number;
}

export function maakZip(delen: ZipDeel[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let positie = 0;
  for (const d of delen) {
    const naam = Buffer.from(d.naam, 'utf8');
    const gecomprimeerd = deflateRawSync(d.data, { level: 9 });
    const crc = d.crc ?? crc32(d.data);
    const grootte = d.grootte ?? d.data.length;
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(8, 8);
    kop.writeUInt32LE(crc >>> 0, 14);
    kop.writeUInt32LE(gecomprimeerd.length, 18);
    kop.writeUInt32LE(grootte, 22);
    kop.writeUInt16LE(naam.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(gecomprimeerd.length, 20);
    c.writeUInt32LE(grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(positie, 42);
    lokaal.push(kop, naam, gecomprimeerd);
    centraal.push(c, naam);
    positie += 30 + naam.length + gecomprimeerd.length;
  }
  const cd = Buffer.concat(centraal);
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(delen.length, 8);
  einde.writeUInt16LE(delen.length, 10);
  einde.writeUInt32LE(cd.length, 12);
  einde.writeUInt32LE(positie, 16);
  return Buffer.concat([...lokaal, cd, einde]);
}

/** The entries of a zip as parts to edit and write back. */
export function zipDelen(zip: Buffer): ZipDeel[] {
  return [...pakAllesUit(zip, { maxEntries: 10_000, maxUitgepakt: 1e9 })].map(([naam, data]) => ({ naam, data }));
}

/** A workbook with one entry's text changed by `wijzig`. */
export function wijzigDeel(zip: Buffer, naam: string | RegExp, wijzig: (xml: string) => string): Buffer {
  const delen = zipDelen(zip);
  const deel = delen.find((d) => (typeof naam === 'string' ? d.naam === naam : naam.test(d.naam)));
  if (!deel) throw new Error(`geen onderdeel ${naam} in ${delen.map((d) => d.naam).join(', ')}`);
  deel.data = Buffer.from(wijzig(deel.data.toString('utf8')), 'utf8');
  return maakZip(delen);
}
