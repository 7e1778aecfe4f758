import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { OpgeslagenVariant } from '../../../../shared/api/contract';
import { ROUTE_LABEL, SCOPE_LABEL, SCOPE_PRESETS, VERDEELSLEUTEL_LABEL, type RouteId, type Variant, type VerdeelsleutelType } from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { formatEuro } from '../../../../shared/format';
import { zio } from '../../api';
import { Downloads } from '../../onderdelen/Downloads';
import { Foutmelding, Laden } from '../../onderdelen/Toestand';
import { useLaden } from '../../useLaden';
import { Verschil } from './Bijdragen';
import { PartijKnop } from './Markering';
import { RouteKeuze } from './RouteKeuze';
import { Sectie } from './Sectie';
import { LangeTabel, alsDataTabel, type TabelKolom } from './Tabel';
import type { RijFilter } from '../../onderdelen/grote-tabel/GroteTabel';
import { useEvaluaties } from './useEvaluaties';
import type { EvaluatieDeel } from '../../../../shared/engine/evaluatie-weergave';
import { variantVerschil, type BedragVerschil, type FinancierVerschil, type SchoolVerschil } from '../../../../shared/domain/verschil';
import { volledigeVariant } from './variantBewerken';
import { variantRegels } from '../../../../shared/domain/variant-tekst';
import { schoolId } from '../../../../shared/domain/partijen';

/** The difference of two variants is per financier and per school. */
const VERSCHIL_DELEN: readonly EvaluatieDeel[] = ['bijdragen', 'scholen'];

const SLEUTELS_AFGELEID: VerdeelsleutelType[] = ['zorggebruik', 'leerlingen', 'jeugdigen'];

interface Keuze {
  naam: string;
  variant: Variant;
}

/** The variants to choose from: the current settings, the saved ones, and quick variations of the current settings. */
function keuzes(huidig: Variant, opgeslagen: OpgeslagenVariant[], regio: RegioBestand): Map<string, Keuze> {
  const m = new Map<string, Keuze>([['huidig', { naam: 'Huidige instellingen', variant: huidig }]]);
  for (const o of opgeslagen) {
    try {
      m.set(`opgeslagen:${o.id}`, { naam: o.naam, variant: volledigeVariant(o.instellingen, regio) });
    } catch {
      // A saved variant that no longer fits the schema is left out of the choice.
    }
  }
  for (const s of SCOPE_PRESETS) m.set(`scope:${s}`, { naam: `Huidige instellingen met scope ${SCOPE_LABEL[s].toLowerCase()}`, variant: { ...huidig, scope: s } });
  for (const t of SLEUTELS_AFGELEID) {
    m.set(`sleutel:${t}`, { naam: `Huidige instellingen met verdeelsleutel ${VERDEELSLEUTEL_LABEL[t]}`, variant: { ...huidig, verdeelsleutel: { ...huidig.verdeelsleutel, type: t } } });
  }
  return m;
}

function selectData(m: Map<string, Keuze>) {
  const groep = (prefix: string) => [...m].filter(([k]) => k.startsWith(prefix)).map(([value, k]) => ({ value, label: k.naam }));
  return [
    { group: 'Nu ingesteld', items: groep('huidig') },
    ...(groep('opgeslagen:').length ? [{ group: 'Opgeslagen varianten', items: groep('opgeslagen:') }] : []),
    { group: 'Afgeleid van de huidige instellingen', items: [...groep('scope:'), ...groep('sleutel:')] },
  ];
}

function VerschilPaar({ p }: { p: BedragVerschil }) {
  return <Verschil bedrag={p.verschil} />;
}

/** Three columns for a pair of figures: A, B and B − A; short headers on screen, the variant names in the download. */
/** The filter of both tables: only the rows where A and B differ. */
const MET_VERSCHIL: RijFilter<{ pot?: BedragVerschil; bijdrage?: BedragVerschil; buitenPot?: BedragVerschil; fteUitPot?: BedragVerschil }>[] = [
  { id: 'verschil', label: 'Met verschil', test: (r) => [r.pot, r.bijdrage, r.buitenPot].some((p) => p !== undefined && Math.abs(p.verschil) >= 0.5) || (r.fteUitPot !== undefined && Math.abs(r.fteUitPot.verschil) >= 0.005) },
];

function paarKolommen<R>(kop: string, paar: (r: R) => BedragVerschil, soort: 'euro' | 'fte', a: string, b: string, scherm: [string, string, string]): TabelKolom<R>[] {
  return [
    { kop: `${kop} A (${a})`, kopScherm: scherm[0], soort, som: true, waarde: (r) => paar(r).a },
    { kop: `${kop} B (${b})`, kopScherm: scherm[1], soort, som: true, waarde: (r) => paar(r).b },
    { kop: `${kop}: verschil B − A`, kopScherm: scherm[2], soort, teken: true, som: true, waarde: (r) => paar(r).verschil, toon: soort === 'euro' ? (r) => <VerschilPaar p={paar(r)} /> : undefined },
  ];
}

function Opslaan({ regioId, variant, opgeslagen, naOpslaan }: { regioId: number; variant: Variant; opgeslagen: OpgeslagenVariant[]; naOpslaan: (id: number) => void }) {
  const [naam, zetNaam] = useState('');
  const [fout, zetFout] = useState<Error | null>(null);
  const [bezig, zetBezig] = useState(false);
  const bestaand = opgeslagen.find((o) => o.naam.trim().toLowerCase() === naam.trim().toLowerCase());
  const opslaan = async () => {
    zetBezig(true);
    zetFout(null);
    try {
      const { naam: _n, ...instellingen } = variant;
      const o = await zio.variantOpslaan({ regioId, id: bestaand?.id ?? null, naam: naam.trim(), instellingen });
      zetNaam('');
      naOpslaan(o.id);
    } catch (e) {
      zetFout(e as Error);
    } finally {
      zetBezig(false);
    }
  };
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput
          label="Huidige instellingen opslaan als"
          placeholder="bijv. Medium zonder Zvw"
          value={naam}
          onChange={(e) => zetNaam(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && naam.trim() && void opslaan()}
          w={280}
        />
        <Button onClick={() => void opslaan()} disabled={!naam.trim()} loading={bezig}>
          {bestaand ? 'Bijwerken' : 'Opslaan'}
        </Button>
      </Group>
      {fout && <Foutmelding fout={fout} titel="Opslaan mislukt" />}
    </Stack>
  );
}

export interface VariantenVergelijkenProps {
  regioId: number;
  regio: RegioBestand;
  variant: Variant;
  onLaden: (v: Variant) => void;
}

/** Save variants under a name and compare any two: the difference per financier and per school. */
export function VariantenVergelijken({ regioId, regio, variant, onLaden }: VariantenVergelijkenProps) {
  const [lijst, herlaad] = useLaden(() => zio.varianten({ regioId }), [regioId]);
  const opgeslagen = lijst.status === 'klaar' ? lijst.data : [];
  const m = useMemo(() => keuzes(variant, opgeslagen, regio), [variant, opgeslagen, regio]);
  const [keuzeA, zetA] = useState('huidig');
  const [keuzeB, zetB] = useState<string>('sleutel:jeugdigen');
  const [route, zetRoute] = useState<RouteId>('gemeenteroute');
  const a = m.get(keuzeA) ?? m.get('huidig')!;
  const b = m.get(keuzeB) ?? m.get('huidig')!;
  const varianten = useMemo(() => [a.variant, b.variant], [a.variant, b.variant]);
  const { data, fout } = useEvaluaties(regioId, varianten, VERSCHIL_DELEN);
  const verschil = useMemo(() => (data && data.length === 2 ? variantVerschil(data[0], data[1], route) : null), [data, route]);

  const kolF: TabelKolom<FinancierVerschil>[] = [
    { kop: 'Financier', soort: 'tekst', waarde: (r) => r.naam, toon: (r) => (/^(gemeente|swv):/.test(r.partij) ? <PartijKnop partij={r.partij} naam={r.naam} /> : r.naam) },
    ...paarKolommen<FinancierVerschil>('Bijdrage', (r) => r.bijdrage, 'euro', a.naam, b.naam, ['Bijdrage A', 'Bijdrage B', 'Verschil B − A']),
    ...paarKolommen<FinancierVerschil>('Buiten de pot', (r) => r.buitenPot, 'euro', a.naam, b.naam, ['', '', 'buiten de pot']).map((k, i) => ({ ...k, alleenExport: i < 2, onderVorige: i === 2 })),
  ];
  const kolSBasis: TabelKolom<SchoolVerschil>[] = [
    { kop: 'School', soort: 'tekst', waarde: (r) => r.naam, toon: (r) => <PartijKnop partij={schoolId(r.school)} naam={r.naam} /> },
    ...paarKolommen<SchoolVerschil>('Budget', (r) => r.pot, 'euro', a.naam, b.naam, ['Budget A', 'Budget B', 'Verschil B − A']),
    ...paarKolommen<SchoolVerschil>('Fte uit de pot', (r) => r.fteUitPot, 'fte', a.naam, b.naam, ['fte A', 'fte B', 'fte']),
  ];
  // On screen the fte figures go beneath the budget figures: A under A, B under B, difference under difference.
  const kolS = [kolSBasis[0], kolSBasis[1], { ...kolSBasis[4], onderVorige: true }, kolSBasis[2], { ...kolSBasis[5], onderVorige: true }, kolSBasis[3], { ...kolSBasis[6], onderVorige: true }];
  const toel = (): Array<[string, string]> => [
    ['Route', ROUTE_LABEL[route]],
    ['Variant A', a.naam],
    ...variantRegels(a.variant, regio).map(([k, v]): [string, string] => [`A: ${k}`, v]),
    ['Variant B', b.naam],
    ...variantRegels(b.variant, regio).map(([k, v]): [string, string] => [`B: ${k}`, v]),
  ];

  return (
    <Stack gap="md">
      <Sectie titel="Varianten opslaan" omschrijving="Bewaar de huidige instellingen onder een naam; een opgeslagen variant kunt u later weer laden of hieronder vergelijken.">
        <Stack gap="sm">
          <Opslaan regioId={regioId} variant={variant} opgeslagen={opgeslagen} naOpslaan={(id) => (herlaad(), zetB(`opgeslagen:${id}`))} />
          {lijst.status === 'fout' && <Foutmelding fout={lijst.fout} />}
          {opgeslagen.length > 0 && (
            <Table aria-label="Opgeslagen varianten" verticalSpacing={4}>
              <Table.Tbody>
                {opgeslagen.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td fw={600}>{o.naam}</Table.Td>
                    <Table.Td className="acties">
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="compact-sm" variant="light" onClick={() => onLaden(volledigeVariant(o.instellingen, regio))} aria-label={`Variant ${o.naam} laden`}>
                          Laden
                        </Button>
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => void zio.variantVerwijderen({ regioId, id: o.id }).then(herlaad)} aria-label={`Variant ${o.naam} verwijderen`}>
                          Verwijderen
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Sectie>

      <Sectie titel="Twee varianten vergelijken" omschrijving="Kies variant A en B; de tabellen tonen B − A per financier en per school. + betekent: in B meer dan in A.">
        {/* One below the other: the names of derived variants are long and must be readable in full. */}
        <SimpleGrid cols={1} spacing="sm" mb="sm">
          <Select label="Variant A" data={selectData(m)} value={m.has(keuzeA) ? keuzeA : 'huidig'} onChange={(v) => v && zetA(v)} allowDeselect={false} searchable={false} comboboxProps={{ withinPortal: true }} />
          <Select label="Variant B" data={selectData(m)} value={m.has(keuzeB) ? keuzeB : 'huidig'} onChange={(v) => v && zetB(v)} allowDeselect={false} searchable={false} comboboxProps={{ withinPortal: true }} />
        </SimpleGrid>
        {/* The Huidige situatie has no pot and is the same in every variant: nothing to compare. */}
        <RouteKeuze waarde={route} onChange={zetRoute} label="Route voor de bijdragen" zonderHuidig />
      </Sectie>

      {fout && <Foutmelding fout={fout} titel="Een van de varianten kan niet worden doorgerekend" />}
      {!verschil && !fout && <Laden tekst="Varianten doorrekenen…" />}
      {verschil && (
        <>
          <Alert variant="light" color="gray" title="In één oogopslag">
            <Text size="sm">
              Pot ({ROUTE_LABEL[route].toLowerCase()}): A {formatEuro(verschil.pot.a)}, B {formatEuro(verschil.pot.b)}, verschil <VerschilPaar p={verschil.pot} />. Niet in de pot: A {formatEuro(verschil.nietInPot.a)}, B {formatEuro(verschil.nietInPot.b)}, verschil <VerschilPaar p={verschil.nietInPot} />.
            </Text>
          </Alert>
          <Sectie
            titel="Verschil per financier"
            omschrijving={`Bijdrage aan de pot in de ${ROUTE_LABEL[route].toLowerCase()}: A = ${a.naam}; B = ${b.naam}. Daaronder het verschil in wat buiten de pot blijft.`}
            acties={<Downloads tabel={() => alsDataTabel('Verschil per financier', 'varianten-verschil-per-financier', kolF, verschil.financiers, toel())} label="verschil per financier" />}
          >
            <LangeTabel
              label="Verschil per financier"
              kolommen={kolF}
              rijen={verschil.financiers}
              sleutel={(r) => r.partij}
              partijen={(r) => [r.partij]}
              meervoud="financiers"
              zoekTekst="Zoek gemeente of financier…"
              filters={MET_VERSCHIL}
            />
          </Sectie>
          <Sectie
            titel="Verschil per school"
            omschrijving={`Budget uit de pot en de formatie die het koopt: A = ${a.naam}; B = ${b.naam}.`}
            acties={<Downloads tabel={() => alsDataTabel('Verschil per school', 'varianten-verschil-per-school', kolS, verschil.scholen, toel())} label="verschil per school" />}
          >
            <LangeTabel
              label="Verschil per school"
              kolommen={kolS}
              rijen={verschil.scholen}
              sleutel={(r) => r.school}
              partijen={(r) => [schoolId(r.school)]}
              meervoud="scholen"
              zoekTekst="Zoek school…"
              filters={MET_VERSCHIL}
            />
          </Sectie>
        </>
      )}
    </Stack>
  );
}
