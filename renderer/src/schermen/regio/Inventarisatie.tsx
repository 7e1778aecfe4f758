import { Alert, Badge, Button, Group, NumberInput, Switch, Table, Text } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PROFESSIONALS } from '../../../../shared/engine';
import { UREN_PER_FTE } from '../../../../shared/domain/formatie';
import { formatGetal } from '../../../../shared/format';
import type { RegioBestand, School } from '../../../../shared/regio/schema';
import type { Wijziging } from '../../../../shared/regio/wijziging';
import { FoutBericht } from './FoutBericht';
import { zio } from '../../api';
import { useLaden } from '../../useLaden';

type Regel = Extract<Wijziging, { soort: 'inventarisatie' }>['regels'][number];
/** What a field holds while typing: a number, '' (not measured) or an intermediate text. */
type Invoer = number | string;

const MIN_FTE = 0.005;

/** "0,75" or 0.75 → 0.75; '' → null (not measured); anything else → NaN. */
function leesFte(v: Invoer): number | null {
  if (typeof v === 'number') return v;
  if (v.trim() === '') return null;
  return Number(v.replace(/\./g, '').replace(',', '.'));
}

export interface InventarisatieProps {
  regioId: number;
  regio: RegioBestand;
  school: School;
  bewerk: (wijzigingen: Wijziging[]) => Promise<unknown>;
}

/**
 * The measured fte per professional of one school beside its normative formatie. Leaving a field
 * saves the whole inventarisatie of the school at once (it replaces the previous one).
 */
export function Inventarisatie({ regioId, regio, school, bewerk }: InventarisatieProps) {
  const [concepten, zetConcepten] = useState<Map<string, Invoer>>(new Map());
  const [fout, zetFout] = useState<Error | null>(null);
  const [toonAlle, zetToonAlle] = useState(false);
  // Entry in hours per year (the inventarisatiekader records hours); stored as fte.
  const [inUren, zetInUren] = useState(false);
  const factor = inUren ? UREN_PER_FTE : 1;
  const velden = useRef(new Map<string, HTMLInputElement>());
  const onderweg = useRef<string | null>(null);

  // The norm follows the school's pupils; it is computed by the main process with the project's normenset.
  const leerlingenSleutel = useMemo(() => JSON.stringify(regio.leerlingen.filter((l) => l.school === school.code)), [regio.leerlingen, school.code]);
  const [norm] = useLaden(() => zio.formatieNorm({ regioId, school: school.code }), [regioId, school.code, leerlingenSleutel]);
  const normatief: Record<string, number> = norm.status === 'klaar' ? norm.data : {};
  const gemeten = useMemo(() => new Map(regio.inventarisaties.filter((v) => v.school === school.code).map((v) => [v.professional, v])), [regio.inventarisaties, school.code]);

  const opgeslagen = (p: string): Invoer => {
    const fte = gemeten.get(p)?.fte;
    return fte === undefined ? '' : Math.round(fte * factor * 100) / 100;
  };
  const invoer = (p: string): Invoer => concepten.get(p) ?? opgeslagen(p);
  /** The fte of a field: its number in the chosen unit, converted. */
  const fteVan = (p: string): number | null => {
    const w = leesFte(invoer(p));
    return w === null ? null : w / factor;
  };
  const rijen = PROFESSIONALS.filter((p) => toonAlle || (normatief[p.id] ?? 0) >= MIN_FTE || gemeten.has(p.id) || concepten.has(p.id));

  const opslaan = async () => {
    const regels: Regel[] = [];
    for (const p of PROFESSIONALS) {
      const fte = concepten.has(p.id) ? fteVan(p.id) : (gemeten.get(p.id)?.fte ?? null);
      if (fte === null) continue;
      if (!Number.isFinite(fte) || fte < 0) {
        zetFout(new Error(`${p.naam}: vul ${inUren ? 'een aantal uren per jaar in, zoals 830' : 'een aantal fte in, zoals 0,8'}, of laat het veld leeg.`));
        return;
      }
      const kaders = gemeten.get(p.id)?.kaders;
      regels.push(kaders ? { professional: p.id, fte, kaders } : { professional: p.id, fte });
    }
    const huidig = JSON.stringify([...gemeten.values()].map((v) => [v.professional, v.fte]).sort());
    const nieuw = JSON.stringify(regels.map((r) => [r.professional, r.fte]).sort());
    const verstuurd = new Map(concepten);
    if (nieuw === huidig || nieuw === onderweg.current) {
      if (nieuw === huidig) zetConcepten(new Map());
      return;
    }
    onderweg.current = nieuw;
    try {
      await bewerk([{ soort: 'inventarisatie', school: school.code, regels }]);
      zetFout(null);
      zetConcepten((m) => new Map([...m].filter(([p, v]) => verstuurd.get(p) !== v)));
    } catch (e) {
      zetFout(e as Error);
    } finally {
      onderweg.current = null;
    }
  };

  const toets = (e: KeyboardEvent<HTMLInputElement>, i: number) => {
    if (e.key !== 'Enter' && e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const doel = rijen[i + (e.key === 'ArrowUp' || e.shiftKey ? -1 : 1)];
    if (doel) velden.current.get(doel.id)?.focus();
    else void opslaan();
  };

  let somNormatief = 0;
  let somGemeten = 0;
  let somTelt = 0;
  for (const p of PROFESSIONALS) {
    const n = normatief[p.id] ?? 0;
    const g = fteVan(p.id);
    somNormatief += n;
    if (g !== null && Number.isFinite(g)) {
      somGemeten += g;
      somTelt += g;
    } else somTelt += n;
  }

  return (
    <>
      <Alert color="blue" variant="light" mb="sm" title="Gemeten formatie naast de norm">
        <Text size="sm">
          Heeft de school haar zorgformatie zelf geïnventariseerd? Vul per professional de tijd in die hij of zij op school aan zorg en ondersteuning besteedt, in fte
          of in uren per jaar ({formatGetal(UREN_PER_FTE)} uur = 1 fte, zoals het rapport rekent; zie Bronnen en aannames). Een gemeten fte vervangt voor die professional de
          normatieve formatie in de berekening; professionals zonder meting houden de normatieve fte. Laat een veld leeg als het niet is gemeten. De norm is
          de formatie bij scope breed volgens tabel 2.2 (DSP-groep &amp; Oberon, 2022) voor de leerlingen van deze school.
        </Text>
      </Alert>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          {gemeten.size > 0 ? (
            <Badge variant="light" color="grape">
              eigen inventarisatie: {formatGetal(gemeten.size)} {gemeten.size === 1 ? 'professional' : 'professionals'}
            </Badge>
          ) : (
            <Text size="sm" c="dimmed">
              Nog geen inventarisatie: de berekening gebruikt de normatieve formatie.
            </Text>
          )}
          {gemeten.size > 0 && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => bewerk([{ soort: 'inventarisatie', school: school.code, regels: [] }]).catch(zetFout)}>
              Inventarisatie wissen
            </Button>
          )}
        </Group>
        <Group gap="md">
          <Switch
            label="Invoer in uren per jaar"
            checked={inUren}
            onChange={(e) => {
              zetConcepten(new Map());
              zetInUren(e.currentTarget.checked);
            }}
          />
          <Switch label="Alle professionals tonen" checked={toonAlle} onChange={(e) => zetToonAlle(e.currentTarget.checked)} />
        </Group>
      </Group>
      {fout && <FoutBericht fout={fout} onSluiten={() => zetFout(null)} />}
      <Table striped aria-label={`Inventarisatie van ${school.naam}`} mt="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Professional</Table.Th>
            <Table.Th className="getal">Norm (fte, breed)</Table.Th>
            <Table.Th className="getal">{inUren ? 'Gemeten uren per jaar' : 'Gemeten fte'}</Table.Th>
            <Table.Th className="getal">Telt mee (fte)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map((p, i) => {
            const n = normatief[p.id] ?? 0;
            const g = fteVan(p.id);
            const telt = g !== null && Number.isFinite(g);
            return (
              <Table.Tr key={p.id}>
                <Table.Td>{p.naam}</Table.Td>
                <Table.Td className="getal">{formatGetal(n, 2)}</Table.Td>
                <Table.Td className="getal" w={150}>
                  <NumberInput
                    ref={(el) => {
                      if (el) velden.current.set(p.id, el);
                      else velden.current.delete(p.id);
                    }}
                    size="xs"
                    aria-label={`${inUren ? 'Gemeten uren per jaar' : 'Gemeten fte'} ${p.naam}`}
                    placeholder="niet gemeten"
                    thousandSeparator="."
                    decimalSeparator=","
                    decimalScale={2}
                    allowNegative={false}
                    max={10_000 * factor}
                    hideControls
                    value={invoer(p.id)}
                    onChange={(v) => zetConcepten((m) => new Map(m).set(p.id, v))}
                    onBlur={() => void opslaan()}
                    onKeyDown={(e) => toets(e, i)}
                    styles={{ input: { textAlign: 'right' } }}
                  />
                </Table.Td>
                <Table.Td className="getal" fw={telt ? 700 : undefined}>
                  {formatGetal(telt ? g : n, 2)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr className="rooster-totaal">
            <Table.Th scope="row">Totaal (alle professionals)</Table.Th>
            <Table.Td className="getal">{formatGetal(somNormatief, 2)}</Table.Td>
            <Table.Td className="getal">{formatGetal(somGemeten * factor, 2)}</Table.Td>
            <Table.Td className="getal">{formatGetal(somTelt, 2)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </>
  );
}
