import { Button, FileButton, Group, Menu, Modal, Select, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { DownloadSoort } from '../../../shared/api/contract';
import { TABEL_IDS, TABEL_LABEL, type TabelId } from '../../../shared/regio/tabel-namen';
import { zio } from '../api';
import { downloadBestand, naarBase64 } from '../bestanden';
import { Foutmelding } from './Toestand';
import { ImportVoortgang, nieuwImportId, type LopendeImport } from './ImportVoortgang';
import { useActie } from '../useActie';
import { OP_SCHERM, STANDAARD, VariantKeuze } from './VariantKeuze';
import { leesVariantOpScherm } from '../schermen/vergelijken/variantOpScherm';
import type { VariantInvoer } from '../../../shared/engine';

const WERKMAP = '.xlsx,.xls,.xlsm,.ods';

interface Props {
  regioId: number | null;
  /** Increases when the menu asks for "Exporteren naar Excel": opens the export dialog. */
  exportVerzoek?: number;
  /** Called after an import, with the regio that was created or changed and a message. */
  naImport: (regioId: number, melding: string) => void;
}

/** Import and export of a regio: the Excel template, workbooks, CSV tables and the regio-bestand. */
export function RegioBestanden({ regioId, naImport, exportVerzoek = 0 }: Props) {
  const { bezig, fout, voerUit, wisFout } = useActie();
  const [tabelKeuze, zetTabelKeuze] = useState(false);
  const [tabel, zetTabel] = useState<TabelId>('leerlingen');
  const [exportKeuze, zetExportKeuze] = useState(false);
  const [variant, zetVariant] = useState<{ id: string; instellingen: VariantInvoer }>({ id: STANDAARD, instellingen: {} });
  const [kleineAantallen, zetKleineAantallen] = useState(false);
  // The dialog offers the variant on the Vergelijken screen first, when there is one.
  const openExport = () => {
    const opScherm = regioId !== null ? leesVariantOpScherm(regioId) : null;
    zetVariant(opScherm ? { id: OP_SCHERM, instellingen: opScherm } : { id: STANDAARD, instellingen: {} });
    zetExportKeuze(true);
  };
  useEffect(() => {
    if (exportVerzoek > 0) openExport();
  }, [exportVerzoek]); // eslint-disable-line react-hooks/exhaustive-deps

  const [lopend, zetLopend] = useState<LopendeImport | null>(null);
  const geannuleerd = useRef(new Set<string>());

  /** Reads a file with progress and a Cancel button; a cancelled import shows no error. */
  const importeer = (bestand: File, doel: Parameters<typeof zio.regioImporteren>[0]['doel']) =>
    voerUit(`${bestand.name} inlezen…`, async () => {
      const importId = nieuwImportId();
      const stap = (s: string) => zetLopend({ bestandsnaam: bestand.name, importId, sinds: Date.now(), stap: s });
      stap('Bestand openen…');
      try {
        const inhoud = await naarBase64(bestand);
        if (geannuleerd.current.has(importId)) return;
        zetLopend((l) => l && { ...l, stap: 'Controleren en inlezen: grootte, bladen, rijen en elke cel…' });
        const r = await zio.regioImporteren({ bestandsnaam: bestand.name, inhoud, doel, importId });
        // Cancel can arrive after the file was read and stored: then say so rather than hide it.
        naImport(r.regioId, geannuleerd.current.has(importId) ? `Het inlezen was al klaar toen Annuleren aankwam. ${r.melding}` : r.melding);
      } catch (e) {
        if (!geannuleerd.current.has(importId)) throw e;
      } finally {
        zetLopend(null);
      }
    });

  const annuleer = () => {
    if (!lopend) return;
    geannuleerd.current.add(lopend.importId);
    zetLopend(null);
    void zio.importAnnuleren({ importId: lopend.importId }).catch(() => undefined);
  };

  const importeerRegio = (bestand: File | null) => bestand && importeer(bestand, { soort: 'nieuw' });

  const importeerTabel = (bestand: File | null) => {
    if (!bestand || regioId === null) return;
    zetTabelKeuze(false);
    return importeer(bestand, { soort: 'tabel', regioId, tabel });
  };

  const download = (soort: DownloadSoort) => voerUit('Bestand maken…', async () => downloadBestand(await zio.regioDownload({ regioId, soort })));

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={bezig !== null}>
            Importeren en exporteren
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Importeren</Menu.Label>
          <FileButton onChange={importeerRegio} accept={`${WERKMAP},.json`}>
            {(props) => <Menu.Item {...props}>Regio inlezen uit Excel, ODS of regio-bestand…</Menu.Item>}
          </FileButton>
          <Menu.Item disabled={regioId === null} onClick={() => zetTabelKeuze(true)}>
            Eén tabel vervangen (CSV of werkblad)…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>Exporteren</Menu.Label>
          <Menu.Item onClick={() => download('sjabloon')}>Leeg Excel-sjabloon downloaden</Menu.Item>
          <Menu.Item disabled={regioId === null} onClick={() => download('xlsx')}>
            Deze regio als Excel-werkmap
          </Menu.Item>
          <Menu.Item disabled={regioId === null} onClick={() => download('ods')}>
            Deze regio als ODS-werkmap
          </Menu.Item>
          <Menu.Item disabled={regioId === null} onClick={() => download('json')}>
            Deze regio als regio-bestand (JSON)
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item disabled={regioId === null} onClick={openExport}>
            Berekening naar Excel…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={tabelKeuze} onClose={() => zetTabelKeuze(false)} title="Eén tabel vervangen" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        <Stack>
          <Text size="sm">
            De gekozen tabel van de open regio wordt in zijn geheel vervangen door de inhoud van het bestand. Alles of niets: bij een fout verandert er niets. Ongedaan maken kan daarna.
          </Text>
          <Select label="Tabel" data={TABEL_IDS.map((t) => ({ value: t, label: TABEL_LABEL[t] }))} value={tabel} onChange={(v) => v && zetTabel(v as TabelId)} allowDeselect={false} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => zetTabelKeuze(false)}>
              Annuleren
            </Button>
            <FileButton onChange={importeerTabel} accept={`.csv,.txt,${WERKMAP}`}>
              {(props) => <Button {...props}>Bestand kiezen…</Button>}
            </FileButton>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={exportKeuze && regioId !== null} onClose={() => zetExportKeuze(false)} title="Berekening naar Excel" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        {regioId !== null && (
          <Stack>
            <Text size="sm">
              Eén werkmap met de invoer, alle normen met hun bron, de zorgkosten (norm), per route de bijdragen, geldstromen en schoolbudgetten, en de vergelijking. Totalen zijn Excel-formules, zodat een lezer ze kan narekenen.
            </Text>
            <VariantKeuze regioId={regioId} waarde={variant.id} onChange={(id, instellingen) => zetVariant({ id, instellingen })} metScherm />
            <Switch label="Kleine aantallen verbergen (< 5), voor een bestand om te delen" checked={kleineAantallen} onChange={(e) => zetKleineAantallen(e.currentTarget.checked)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => zetExportKeuze(false)}>
                Annuleren
              </Button>
              <Button
                loading={bezig !== null}
                onClick={() =>
                  voerUit('Werkmap maken…', async () => {
                    downloadBestand(await zio.berekeningExporteren({ regioId, variant: variant.instellingen, kleineAantallen }));
                    zetExportKeuze(false);
                  })
                }
              >
                Downloaden
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ImportVoortgang lopend={lopend} onAnnuleer={annuleer} />
      <Modal opened={fout !== null} onClose={wisFout} title="Niet gelukt" size="lg" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        {fout && <Foutmelding fout={fout} titel="Het bestand is niet verwerkt" />}
      </Modal>
    </>
  );
}
