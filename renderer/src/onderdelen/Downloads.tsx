import { Button, Menu } from '@mantine/core';
import { memo, useRef, useState, type RefObject } from 'react';
import { downloadBlob } from '../bestanden';
import type { GrafiekHandvat } from './Grafiek';

/**
 * Downloads of what a chart or table shows: its data as CSV (for Excel NL: UTF-8 with BOM, `;`
 * between fields, decimal comma) or as an Excel workbook, and the chart as PNG. The data are the
 * engine's unrounded figures; euros are written with cents, so sums can be checked in Excel.
 */

/** How a column's values are written: text, euros, a count, fte, a fraction shown as percentage, yes/no. */
export type KolomSoort = 'tekst' | 'euro' | 'getal' | 'fte' | 'fractie' | 'janee';

export interface DataKolom {
  kop: string;
  soort: KolomSoort;
}

export type DataCel = string | number | boolean | null;

/** The data behind one chart or table, as the user downloads it. */
export interface DataTabel {
  /** Shown as the sheet's name and above the PNG. */
  titel: string;
  /** File name without extension. */
  bestandsnaam: string;
  kolommen: DataKolom[];
  rijen: DataCel[][];
  /** Lines about what the figures are (regio, variant settings): a second sheet in Excel. */
  toelichting?: Array<[string, string]>;
}

const DECIMALEN: Record<KolomSoort, number> = { tekst: 0, euro: 2, getal: 2, fte: 2, fractie: 2, janee: 0 };

/** A number with a decimal comma and no thousands separator, as Excel NL reads it. */
function getalCsv(n: number, decimalen: number): string {
  const afgerond = Number(n.toFixed(decimalen));
  return (Object.is(afgerond, -0) ? 0 : afgerond).toFixed(decimalen).replace('.', ',');
}

/**
 * A text cell as CSV. A text starting with = + - @, a tab or a carriage return can be read as a
 * formula by Excel or LibreOffice (`-2+3+cmd|' /C calc'!A0`): it gets an apostrophe in front, as
 * OWASP advises for CSV injection. Numbers are written by `celCsv` as numbers and stay negative.
 */
export function tekstCsv(s: string): string {
  const veilig = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

/** One cell as CSV text. */
export function celCsv(waarde: DataCel, soort: KolomSoort): string {
  if (waarde === null || waarde === undefined) return '';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'string') return tekstCsv(waarde);
  if (!Number.isFinite(waarde)) return '';
  if (soort === 'fractie') return `${getalCsv(waarde * 100, DECIMALEN.fractie)}%`;
  if (soort === 'getal' && Number.isInteger(waarde)) return String(waarde);
  return getalCsv(waarde, DECIMALEN[soort]);
}

/** The table as CSV for Excel NL: BOM, `;`, decimal comma, CRLF line ends. */
export function csvInhoud(t: DataTabel): string {
  const regels = [t.kolommen.map((k) => tekstCsv(k.kop)).join(';'), ...t.rijen.map((r) => t.kolommen.map((k, i) => celCsv(r[i] ?? null, k.soort)).join(';'))];
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}

const XLSX_FORMAAT: Partial<Record<KolomSoort, string>> = { euro: '"€ "#,##0.00;"\u2212€ "#,##0.00', fte: '0.00', fractie: '0.0%', getal: '#,##0.##' };

/** The table as an Excel workbook (numbers stay numbers, with a Dutch-looking number format). */
export async function xlsxInhoud(t: DataTabel): Promise<Uint8Array> {
  const XLSX = await import('xlsx');
  const aoa = [t.kolommen.map((k) => k.kop), ...t.rijen.map((r) => t.kolommen.map((k, i) => (typeof r[i] === 'boolean' ? (r[i] ? 'ja' : 'nee') : (r[i] ?? null))))];
  const blad = XLSX.utils.aoa_to_sheet(aoa);
  t.kolommen.forEach((k, c) => {
    const formaat = XLSX_FORMAAT[k.soort];
    if (!formaat) return;
    for (let r = 1; r < aoa.length; r++) {
      const cel = blad[XLSX.utils.encode_cell({ r, c })];
      if (cel && cel.t === 'n') cel.z = formaat;
    }
  });
  blad['!cols'] = t.kolommen.map((k, c) => ({ wch: Math.min(60, Math.max(k.kop.length, ...t.rijen.map((r) => (typeof r[c] === 'string' ? (r[c] as string).length : 12)))) + 2 }));
  const boek = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(boek, blad, bladNaam(t.titel));
  if (t.toelichting?.length) {
    const toel = XLSX.utils.aoa_to_sheet([['Onderdeel', 'Waarde'], ...t.toelichting]);
    toel['!cols'] = [{ wch: 32 }, { wch: 100 }];
    XLSX.utils.book_append_sheet(boek, toel, 'Toelichting');
  }
  return new Uint8Array(XLSX.write(boek, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
function bladNaam(titel: string): string {
  return titel.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Gegevens';
}

/** The chart as PNG (twice its screen resolution) with its title above it, on white. */
export async function pngVanGrafiek(grafiek: GrafiekHandvat, titel: string): Promise<Blob> {
  const beeld = grafiek.afbeelding();
  if (!beeld) throw new Error('De grafiek is nog niet getekend.');
  const img = new Image();
  img.src = beeld.url;
  await img.decode();
  const schaal = 2;
  const kop = 40;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(beeld.breedte * schaal);
  canvas.height = Math.round((beeld.hoogte + kop) * schaal);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(schaal, schaal);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, beeld.breedte, beeld.hoogte + kop);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = 'bold 16px "DejaVu Sans", "Segoe UI", sans-serif';
  ctx.fillText(titel, 12, 26, beeld.breedte - 24);
  ctx.drawImage(img, 0, kop, beeld.breedte, beeld.hoogte);
  return new Promise((klaar, fout) => canvas.toBlob((b) => (b ? klaar(b) : fout(new Error('PNG maken mislukt'))), 'image/png'));
}

/**
 * A "Downloaden" menu for a table or chart: its data as Excel or CSV and, for a chart, a PNG.
 * `tabel` may be a function so the data are only gathered when asked for. The menu itself does not
 * redraw when only the data change (it reads them when clicked).
 */
export function Downloads({ tabel, grafiek, label }: { tabel: DataTabel | (() => DataTabel | Promise<DataTabel>); grafiek?: RefObject<GrafiekHandvat | null>; label?: string }) {
  const bron = useRef(tabel);
  bron.current = tabel;
  const titel = label ?? (typeof tabel === 'function' ? 'gegevens' : tabel.titel);
  return <DownloadMenu bron={bron} grafiek={grafiek} titel={titel} />;
}

const DownloadMenu = memo(function DownloadMenu({ bron, grafiek, titel }: { bron: RefObject<DataTabel | (() => DataTabel | Promise<DataTabel>)>; grafiek?: RefObject<GrafiekHandvat | null>; titel: string }) {
  const [bezig, zetBezig] = useState(false);
  const haal = async () => {
    const t = bron.current;
    return typeof t === 'function' ? await t() : t;
  };
  const doe = async (actie: () => Promise<void>) => {
    zetBezig(true);
    try {
      await actie();
    } finally {
      zetBezig(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <Button variant="default" size="xs" loading={bezig} aria-label={`Downloaden: ${titel}`}>
          Downloaden ▾
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Gegevens</Menu.Label>
        <Menu.Item
          onClick={() =>
            void doe(async () => {
              const t = await haal();
              downloadBlob(new Blob([(await xlsxInhoud(t)) as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${t.bestandsnaam}.xlsx`);
            })
          }
        >
          Excel-werkmap (.xlsx)
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            void doe(async () => {
              const t = await haal();
              downloadBlob(new Blob([csvInhoud(t)], { type: 'text/csv;charset=utf-8' }), `${t.bestandsnaam}.csv`);
            })
          }
        >
          CSV voor Excel (.csv)
        </Menu.Item>
        {grafiek && (
          <>
            <Menu.Label>Grafiek</Menu.Label>
            <Menu.Item
              onClick={() =>
                void doe(async () => {
                  const t = await haal();
                  if (grafiek.current) downloadBlob(await pngVanGrafiek(grafiek.current, t.titel), `${t.bestandsnaam}.png`);
                })
              }
            >
              Afbeelding (.png)
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
});
