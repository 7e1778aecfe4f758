import type { Bestand } from '../../shared/api/contract';

/** File contents as base64 for the API (chunked: String.fromCharCode has an argument limit). */
export async function naarBase64(bestand: Blob): Promise<string> {
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  let binair = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binair += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binair);
}

/** Offers a file from the API to the user; Electron shows its save dialog for it. */
export function downloadBestand(b: Bestand): void {
  const binair = atob(b.inhoud);
  const bytes = new Uint8Array(binair.length);
  for (let i = 0; i < binair.length; i++) bytes[i] = binair.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: b.mime }), b.bestandsnaam);
}

/** Offers a file made in the renderer (CSV, Excel, PNG) to the user, through an `<a download>`. */
export function downloadBlob(inhoud: Blob, bestandsnaam: string): void {
  const url = URL.createObjectURL(inhoud);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
