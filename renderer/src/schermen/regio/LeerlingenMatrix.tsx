import { Alert, Group, List, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { useId, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { DOELGROEP_KORT, DOELGROEP_LABEL, DOELGROEPEN, type Doelgroep } from '../../../../shared/domain/labels';
import { formatGetal } from '../../../../shared/format';
import type { Gemeente, RegioBestand, School } from '../../../../shared/regio/schema';
import { CEL_SECTOREN, type CelSector } from '../../../../shared/regio/tabellen';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { leesAantal, plaatsBlok } from './plakken';
import { naamZegtBuitenRegio } from '../../../../shared/domain/partijen';

type Cel = { woongemeente: string; doelgroep: Doelgroep; aantal: number; sector?: CelSector };
/** The layer of an so-vso school's pupils being edited: those without sector, or so or vso. */
type Laag = '' | CelSector;
type Melding = { kleur: 'red' | 'teal' | 'orange'; tekst: string };

/** From this many gemeenten on, the grid starts with only the woongemeenten that have pupils. */
const VEEL_GEMEENTEN = 40;
/** From this many rows on, the grid scrolls in an area of bounded height (header in view). */
const VEEL_RIJEN = 15;

const celSleutel = (gemeente: string, d: Doelgroep) => `${gemeente}|${d}`;

/** Woongemeenten in the order of the regio, those in the regio first. */
export function woongemeenten(regio: RegioBestand): Gemeente[] {
  return [...regio.gemeenten.filter((g) => g.inRegio), ...regio.gemeenten.filter((g) => !g.inRegio)];
}

function zonder<K, V>(m: Map<K, V>, sleutels: readonly K[], alleenAls?: (v: V, k: K) => boolean): Map<K, V> {
  const n = new Map(m);
  for (const k of sleutels) if (!alleenAls || (n.has(k) && alleenAls(n.get(k)!, k))) n.delete(k);
  return n;
}

export interface LeerlingenMatrixProps {
  regio: RegioBestand;
  school: School;
  bewerk: (wijzigingen: Wijziging[]) => Promise<unknown>;
}

/**
 * The pupils of one school as a grid of woongemeente × doelgroep, with totals. A changed cell is
 * saved on Enter, Tab or leaving it; a block pasted from Excel is saved as one step.
 */
export function LeerlingenMatrix({ regio, school, bewerk }: LeerlingenMatrixProps) {
  const id = useId();
  /** What the user typed (or pasted) and is not yet in the stand. */
  const [concepten, zetConcepten] = useState<Map<string, string>>(new Map());
  const [fouten, zetFouten] = useState<Map<string, string>>(new Map());
  const [melding, zetMelding] = useState<Melding | null>(null);
  // With many gemeenten (national scale) only those with pupils at first: a school has pupils from a few dozen.
  const [alleenGevuld, zetAlleenGevuld] = useState(regio.gemeenten.length > VEEL_GEMEENTEN);
  const [gekozenLaag, zetGekozenLaag] = useState<Laag>('');
  /** Only an so-vso school splits its pupils by sector; other schools have one layer. */
  const gesplitst = school.sector === 'so-vso';
  const laag: Laag = gesplitst ? gekozenLaag : '';
  const cellen = useRef(new Map<string, HTMLInputElement>());
  /** Texts on their way to the project file, so leaving the cell does not save them twice. */
  const onderweg = useRef(new Map<string, string>());

  const opgeslagen = useMemo(() => {
    const m = new Map<string, number>();
    for (const l of regio.leerlingen) if (l.school === school.code && (l.sector ?? '') === laag) m.set(celSleutel(l.woongemeente, l.doelgroep), l.aantal);
    return m;
  }, [regio.leerlingen, school.code, laag]);

  const perLaag = useMemo(() => {
    const n: Record<Laag, number> = { '': 0, so: 0, vso: 0 };
    for (const l of regio.leerlingen) if (l.school === school.code) n[l.sector ?? ''] += l.aantal;
    return n;
  }, [regio.leerlingen, school.code]);

  const kiesLaag = (l: Laag) => {
    // Drafts belong to the layer they were typed in.
    zetConcepten(new Map());
    zetFouten(new Map());
    zetMelding(null);
    zetGekozenLaag(l);
  };
  const metSector = (c: Omit<Cel, 'sector'>): Cel => (laag ? { ...c, sector: laag } : c);

  const rijen = useMemo(() => {
    const alle = woongemeenten(regio);
    return alleenGevuld ? alle.filter((g) => DOELGROEPEN.some((d) => opgeslagen.get(celSleutel(g.code, d)))) : alle;
  }, [regio, alleenGevuld, opgeslagen]);

  /** The count a cell shows in the totals: a valid draft, else the stored count. */
  const aantal = (k: string): number => {
    const c = concepten.get(k);
    if (c !== undefined) {
      const a = leesAantal(c);
      if (a.ok) return a.aantal;
    }
    return opgeslagen.get(k) ?? 0;
  };
  const rijTotaal = (g: Gemeente) => DOELGROEPEN.reduce((s, d) => s + aantal(celSleutel(g.code, d)), 0);
  const kolomTotaal = (d: Doelgroep) => rijen.reduce((s, g) => s + aantal(celSleutel(g.code, d)), 0);
  const totaal = rijen.reduce((s, g) => s + rijTotaal(g), 0);

  const sla = (nieuw: Cel[], teksten: Map<string, string>) => {
    const sleutels = nieuw.map((c) => celSleutel(c.woongemeente, c.doelgroep));
    for (const [k, t] of teksten) onderweg.current.set(k, t);
    const klaar = () => {
      for (const [k, t] of teksten) if (onderweg.current.get(k) === t) onderweg.current.delete(k);
    };
    return bewerk([{ soort: 'leerlingen', school: school.code, cellen: nieuw }]).then(
      () => {
        klaar();
        // The stand has the new counts now; keep only drafts typed since.
        zetConcepten((m) => zonder(m, sleutels, (v, k) => v === teksten.get(k)));
        return true;
      },
      (e: Error) => {
        klaar();
        zetFouten((m) => new Map([...m, ...sleutels.map((k) => [k, `Niet opgeslagen: ${e.message}`] as const)]));
        zetMelding({ kleur: 'red', tekst: `Niet opgeslagen: ${e.message}` });
        return false;
      },
    );
  };

  const bevestig = (g: Gemeente, d: Doelgroep) => {
    const k = celSleutel(g.code, d);
    const tekst = concepten.get(k);
    if (tekst === undefined || onderweg.current.get(k) === tekst) return;
    const a = leesAantal(tekst);
    if (!a.ok) {
      zetFouten((m) => new Map(m).set(k, a.melding));
      return;
    }
    zetFouten((m) => zonder(m, [k]));
    if (a.aantal === (opgeslagen.get(k) ?? 0)) {
      zetConcepten((m) => zonder(m, [k]));
      return;
    }
    zetMelding(null);
    void sla([metSector({ woongemeente: g.code, doelgroep: d, aantal: a.aantal })], new Map([[k, tekst]]));
  };

  const herstel = (k: string) => {
    zetConcepten((m) => zonder(m, [k]));
    zetFouten((m) => zonder(m, [k]));
  };

  const ga = (rij: number, kolom: number) => {
    const g = rijen[rij];
    const d = DOELGROEPEN[kolom];
    if (!g || !d) return false;
    cellen.current.get(celSleutel(g.code, d))?.focus();
    return true;
  };

  const toets = (e: KeyboardEvent<HTMLInputElement>, rij: number, kolom: number) => {
    const el = e.currentTarget;
    const alles = el.selectionStart === 0 && el.selectionEnd === el.value.length;
    const begin = alles || (el.selectionStart === 0 && el.selectionEnd === 0);
    const eind = alles || (el.selectionStart === el.value.length && el.selectionEnd === el.value.length);
    let verplaatst = false;
    switch (e.key) {
      case 'ArrowUp':
        verplaatst = ga(rij - 1, kolom);
        break;
      case 'ArrowDown':
        verplaatst = ga(rij + 1, kolom);
        break;
      case 'ArrowLeft':
        if (begin) verplaatst = ga(rij, kolom - 1);
        break;
      case 'ArrowRight':
        if (eind) verplaatst = ga(rij, kolom + 1);
        break;
      case 'Enter':
        // Moving on saves the cell when it loses focus; in the last row save it here.
        if (!ga(rij + (e.shiftKey ? -1 : 1), kolom)) bevestig(rijen[rij], DOELGROEPEN[kolom]);
        verplaatst = true;
        break;
      case 'Escape':
        herstel(celSleutel(rijen[rij].code, DOELGROEPEN[kolom]));
        verplaatst = true;
        break;
    }
    if (verplaatst) e.preventDefault();
  };

  const plak = (e: ClipboardEvent<HTMLInputElement>, rij: number, kolom: number) => {
    const tekst = e.clipboardData.getData('text/plain');
    if (!tekst) return;
    e.preventDefault();
    const p = plaatsBlok(tekst, { rij, kolom }, rijen.length, DOELGROEPEN.length);
    const buiten = p.buiten ? ` ${formatGetal(p.buiten)} ${p.buiten === 1 ? 'cel' : 'cellen'} buiten de tabel genegeerd.` : '';
    if (p.fouten.length) {
      // Show each wrong value in its cell; nothing of the block is saved.
      zetConcepten((m) => {
        const n = new Map(m);
        for (const f of p.fouten) n.set(celSleutel(rijen[f.rij].code, DOELGROEPEN[f.kolom]), f.tekst);
        return n;
      });
      zetFouten((m) => {
        const n = new Map(m);
        for (const f of p.fouten) n.set(celSleutel(rijen[f.rij].code, DOELGROEPEN[f.kolom]), f.melding);
        return n;
      });
      const n = p.fouten.length;
      zetMelding({ kleur: 'red', tekst: `Niets geplakt: ${n === 1 ? '1 cel bevat' : `${formatGetal(n)} cellen bevatten`} geen geldig aantal. Verbeter de waarde in Excel en plak opnieuw, of druk op Esc in de cel.${buiten}` });
      return;
    }
    if (!p.cellen.length) {
      zetMelding({ kleur: 'orange', tekst: `Niets geplakt.${buiten}` });
      return;
    }
    const nieuw = p.cellen.map((c) => metSector({ woongemeente: rijen[c.rij].code, doelgroep: DOELGROEPEN[c.kolom], aantal: c.aantal }));
    const teksten = new Map(nieuw.map((c) => [celSleutel(c.woongemeente, c.doelgroep), c.aantal ? formatGetal(c.aantal) : '']));
    zetConcepten((m) => new Map([...m, ...teksten]));
    zetFouten((m) => zonder(m, [...teksten.keys()]));
    void sla(nieuw, teksten).then((ok) => {
      if (ok) zetMelding({ kleur: buiten ? 'orange' : 'teal', tekst: `${formatGetal(nieuw.length)} ${nieuw.length === 1 ? 'cel' : 'cellen'} geplakt en opgeslagen.${buiten}` });
    });
  };

  const foutId = (rij: number, kolom: number) => `${id}-fout-${rij}-${kolom}`;
  const foutRegels = rijen.flatMap((g, i) =>
    DOELGROEPEN.flatMap((d, j) => {
      const f = fouten.get(celSleutel(g.code, d));
      return f ? [{ id: foutId(i, j), tekst: `${g.naam}, ${DOELGROEP_KORT[d]}: ${f}` }] : [];
    }),
  );

  if (!regio.gemeenten.length) {
    return (
      <Text c="dimmed" py="md">
        Nog geen gemeenten: voeg eerst op het tabblad Gemeenten de gemeenten toe waar de leerlingen wonen.
      </Text>
    );
  }

  return (
    <>
      {gesplitst && (
        <Stack gap={4} mb="sm">
          <Group gap="sm" align="center">
            <Text size="sm" fw={500} id={`${id}-laag`}>
              Sector van de leerlingen
            </Text>
            <SegmentedControl
              aria-labelledby={`${id}-laag`}
              value={laag}
              onChange={(v) => kiesLaag(v as Laag)}
              data={[
                { value: '', label: `Zonder sector (${formatGetal(perLaag[''])})` },
                ...CEL_SECTOREN.map((s) => ({ value: s, label: `${s} (${formatGetal(perLaag[s])})` })),
              ]}
            />
          </Group>
          <Text size="xs" c="dimmed" maw={640}>
            {school.naam} heeft so en vso. Vul per sector in wat u weet; leerlingen zonder sector verdeelt de app met het aandeel so van de school (
            {school.aandeelSo === undefined ? 'leeg: het landelijke aandeel' : `${formatGetal(school.aandeelSo * 100, 1)}%`}, te wijzigen bij Scholen).
          </Text>
        </Stack>
      )}
      <Group justify="space-between" align="flex-end" mb="xs">
        <Text size="sm" c="dimmed" maw={640}>
          Typ een aantal en druk op Enter of Tab: het wordt meteen opgeslagen. Met de pijltjestoetsen gaat u naar een andere cel, Esc herstelt een cel. Plak
          een blok uit Excel (Ctrl+V) in een cel om de cellen rechts en eronder te vullen.
        </Text>
        <Switch label="Alleen woongemeenten met leerlingen" checked={alleenGevuld} onChange={(e) => zetAlleenGevuld(e.currentTarget.checked)} />
      </Group>
      <div className={rijen.length > VEEL_RIJEN ? 'rooster-houder begrensd' : 'rooster-houder'}>
        <Table className="rooster" withTableBorder withColumnBorders stickyHeader aria-label={`Leerlingen van ${school.naam}${laag ? ` (${laag})` : ''}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Woongemeente</Table.Th>
              {DOELGROEPEN.map((d) => (
                <Table.Th key={d} scope="col" className="getal" title={DOELGROEP_LABEL[d]}>
                  {DOELGROEP_KORT[d]}
                </Table.Th>
              ))}
              <Table.Th scope="col" className="getal">
                Totaal
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rijen.map((g, i) => (
              <Table.Tr key={g.code}>
                <Table.Th scope="row" fw={500}>
                  {g.naam}
                  {!g.inRegio && !naamZegtBuitenRegio(g.naam) && (
                    <Text span size="xs" c="orange.8" ml={6}>
                      buiten de regio
                    </Text>
                  )}
                </Table.Th>
                {DOELGROEPEN.map((d, j) => {
                  const k = celSleutel(g.code, d);
                  const concept = concepten.get(k);
                  const opg = opgeslagen.get(k) ?? 0;
                  const fout = fouten.get(k);
                  return (
                    <Table.Td key={d} className="rooster-td">
                      <input
                        ref={(el) => {
                          if (el) cellen.current.set(k, el);
                          else cellen.current.delete(k);
                        }}
                        className="rooster-cel"
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${g.naam}, ${DOELGROEP_LABEL[d]}`}
                        aria-invalid={fout ? true : undefined}
                        aria-describedby={fout ? foutId(i, j) : undefined}
                        data-app-ongedaan={concept === undefined ? 'ja' : undefined}
                        value={concept ?? (opg ? formatGetal(opg) : '')}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          zetConcepten((m) => new Map(m).set(k, v));
                        }}
                        onFocus={(e) => e.currentTarget.select()}
                        onBlur={() => bevestig(g, d)}
                        onKeyDown={(e) => toets(e, i, j)}
                        onPaste={(e) => plak(e, i, j)}
                      />
                    </Table.Td>
                  );
                })}
                <Table.Td className="getal rooster-totaal">{formatGetal(rijTotaal(g))}</Table.Td>
              </Table.Tr>
            ))}
            {rijen.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={DOELGROEPEN.length + 2}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    Deze school heeft nog geen leerlingen. Zet de schakelaar uit om alle woongemeenten te zien.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr className="rooster-totaal">
              <Table.Th scope="row">Totaal</Table.Th>
              {DOELGROEPEN.map((d) => (
                <Table.Td key={d} className="getal">
                  {formatGetal(kolomTotaal(d))}
                </Table.Td>
              ))}
              <Table.Td className="getal">{formatGetal(totaal)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
      <div aria-live="polite">
        {melding && (
          <Alert color={melding.kleur} mt="sm" py={8} withCloseButton closeButtonLabel="Melding sluiten" onClose={() => zetMelding(null)}>
            {melding.tekst}
          </Alert>
        )}
      </div>
      {foutRegels.length > 0 && (
        <List size="sm" mt="xs" c="red.8">
          {foutRegels.map((f) => (
            <List.Item key={f.id} id={f.id}>
              {f.tekst}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
