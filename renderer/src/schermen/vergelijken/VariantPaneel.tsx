import { Accordion, ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Select, Slider, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { KADER_FINANCIER, KADER_LABEL } from '../../../../shared/domain/labels';
import {
  BUITEN_REGIO,
  BUITEN_REGIO_LABEL,
  BUITEN_SCOPE,
  BUITEN_SCOPE_LABEL,
  ONDERWIJS_BUDGETHOUDERS,
  ONDERWIJS_BUDGETHOUDER_LABEL,
  GROEPEN,
  GROEP_LABEL,
  NIET_DEELNEMERS,
  NIET_DEELNEMERS_LABEL,
  POT_KADERS,
  ROUTE_LABEL,
  SCOPE_LABEL,
  SCOPE_PRESETS,
  TAKEN,
  VARIANT_PRESETS,
  VERDEELSLEUTELS,
  VERDEELSLEUTEL_LABEL,
  VERDEELSLEUTEL_EIGEN_LEERLINGEN_UITLEG,
  MAX_INGROEI_JAREN,
  REKENBASES,
  standaardVariant,
  type Rekenbasis,
  type Variant,
  type VerdeelsleutelType,
} from '../../../../shared/engine';
import type { RegioBestand } from '../../../../shared/regio/schema';
import { formatGetal } from '../../../../shared/format';
import { KADER_KLEUR, ROUTE_KLEUR } from '../../kleuren';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { NaTekenen } from '../../onderdelen/NaTekenen';
import { LichteChip, LichteVink } from '../../onderdelen/LichteKeuze';
import { useVooraf } from './Voorspelling';
import { useVariantDeel } from './variantWinkel';
import { doetMee, gelijkeVastePercentages, metDeelname, metPotKader, metTaak, scopeSoort, takenVan, volledigeVariant, type ScopeSoort } from './variantBewerken';
import { GGD, ZORGKANTOOR, gemeenteId, verzekeraarId } from '../../../../shared/domain/partijen';
import { isStandaardVariant, presetActief } from '../../../../shared/domain/variant-herkennen';

export type Wijzig = (f: (v: Variant) => Variant) => void;
export type Probleem = { pad: string; melding: string };

const SLEUTEL_UITLEG: Record<VerdeelsleutelType, string> = {
  zorggebruik: `${VERDEELSLEUTEL_EIGEN_LEERLINGEN_UITLEG} Gelijk aan nu. Of een solidaire verdeelsleutel (naar leerlingen of naar inwoners van 0–17 jaar) gewenst is, bespreken de gemeenten onderling; het is geen onderwerp van het OOGO met het samenwerkingsverband.`,
  leerlingen: 'Naar het aantal inwoners van de gemeente onder de leerlingen in de pot.',
  jeugdigen: 'Naar het aantal inwoners van 0–17 jaar: regionale solidariteit.',
  vast: 'Vaste percentages per gemeente, samen 100; bij uitval herschaald over de deelnemers.',
  mix: 'Een mengsel: α × aandeel eigen leerlingen + (1 − α) × aandeel jeugdigen.',
  normkosten: 'Naar de kosten van de eigen leerlingen volgens de landelijke norm, ook als de rekenbasis de realisatie is.',
};

const getal = (v: number | string, standaard = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : standaard);
const eersteHoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One task's switch; its own component, so a change of scope re-renders only the switches that flip. */
const TaakVink = memo(function TaakVink({ id, naam, aan, wijzig }: { id: string; naam: string; aan: boolean; wijzig: Wijzig }) {
  const vooraf = useVooraf();
  return <LichteVink size="xs" label={naam} checked={aan} onChange={(e) => wijzig((v) => metTaak(v, id, e.currentTarget.checked))} wrapperProps={vooraf((v) => metTaak(v, id, !aan))} />;
});

const ScopeSectie = memo(function ScopeSectie({ wijzig, maatwerk }: { wijzig: Wijzig; maatwerk: readonly string[] | null }) {
  const scope = useVariantDeel((v) => v.scope);
  const gekozen = new Set(takenVan(scope));
  const soort = scopeSoort(scope);
  const vooraf = useVooraf();
  const kies = (s: ScopeSoort) => wijzig((v) => ({ ...v, scope: s === 'maatwerk' ? [...(maatwerk ?? takenVan(v.scope))] : s }));
  return (
    <Stack gap="xs">
      <Group gap={6} role="radiogroup" aria-label="Scope">
        {[...SCOPE_PRESETS, 'maatwerk' as const].map((s) => (
          <LichteChip key={s} value={s} checked={s === soort} onKies={(k) => kies(k as ScopeSoort)} wrapperProps={s === 'maatwerk' ? undefined : vooraf((v) => ({ ...v, scope: s }))}>
            {SCOPE_LABEL[s]}
          </LichteChip>
        ))}
      </Group>
      <Text size="xs" c="dimmed">
        Welke taken tellen als zorg in onderwijstijd ({formatGetal(gekozen.size)} van {formatGetal(TAKEN.length)}). Een taak aan- of uitzetten maakt er maatwerk van.
      </Text>
      {GROEPEN.map((g) => (
        <Stack key={g} gap={4} role="group" aria-label={GROEP_LABEL[g]}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {GROEP_LABEL[g]}
          </Text>
          {TAKEN.filter((t) => t.groep === g).map((t) => (
            <TaakVink key={t.id} id={t.id} naam={t.naam} aan={gekozen.has(t.id)} wijzig={wijzig} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
});

/** One kader's switch; its own component, so a click on it re-renders that switch alone. */
const PotKaderVink = memo(function PotKaderVink({ kader: k, wijzig }: { kader: (typeof POT_KADERS)[number]; wijzig: Wijzig }) {
  const aan = useVariantDeel((v) => v.potKaders.includes(k));
  const vooraf = useVooraf();
  return (
    <LichteVink
      size="sm"
      checked={aan}
      onChange={(e) => wijzig((v) => metPotKader(v, k, e.currentTarget.checked))}
      wrapperProps={vooraf((v) => metPotKader(v, k, !aan))}
      label={
        <>
          <Kleurblok kleur={KADER_KLEUR[k]} />
          {KADER_LABEL[k]} <Text span size="xs" c="dimmed">({KADER_FINANCIER[k]})</Text>
        </>
      }
    />
  );
});

const PotSectie = memo(function PotSectie({ wijzig }: { wijzig: Wijzig }) {
  const variant = useVariantDeel((v) => ({ onderwijsbijdragePct: v.onderwijsbijdragePct, buitenRegio: v.buitenRegio, pgb: v.pgb, buitenScope: v.buitenScope }));
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        Welke wetten (kaders) hun zorggeld in de pot brengen.
      </Text>
      {POT_KADERS.map((k) => (
        <PotKaderVink key={k} kader={k} wijzig={wijzig} />
      ))}
      <NumberInput
        size="xs"
        label="Onderwijsdeel in de pot (%)"
        description="Deel van de onderwijskosten dat het samenwerkingsverband inbrengt"
        min={0}
        max={100}
        step={5}
        decimalScale={1}
        decimalSeparator=","
        clampBehavior="strict"
        value={variant.onderwijsbijdragePct}
        onChange={(x) => wijzig((v) => ({ ...v, onderwijsbijdragePct: getal(x) }))}
      />
      <Select
        size="xs"
        label="Leerlingen van buiten de regio"
        data={BUITEN_REGIO.map((b) => ({ value: b, label: eersteHoofdletter(BUITEN_REGIO_LABEL[b]) }))}
        value={variant.buitenRegio}
        onChange={(b) => b && wijzig((v) => ({ ...v, buitenRegio: b as Variant['buitenRegio'] }))}
        allowDeselect={false}
      />
      <Select
        size="xs"
        label="Zorg buiten de scope"
        description="Taken buiten de scope verdwijnen niet: wie betaalt ze?"
        data={BUITEN_SCOPE.map((b) => ({ value: b, label: eersteHoofdletter(BUITEN_SCOPE_LABEL[b]) }))}
        value={variant.buitenScope}
        onChange={(b) => b && wijzig((v) => ({ ...v, buitenScope: b as Variant['buitenScope'] }))}
        allowDeselect={false}
      />
      <Checkbox.Group
        size="sm"
        label="Pgb blijft bij de ouders"
        description="Bij deze kaders gaat het pgb-deel niet in de pot, maar loopt via de ouders"
        value={PGB_KADERS.filter((k) => variant.pgb[k] === 'individueel')}
        onChange={(ks) => wijzig((v) => ({ ...v, pgb: { ...v.pgb, ...Object.fromEntries(PGB_KADERS.map((k) => [k, ks.includes(k) ? 'individueel' : 'pot'])) } }))}
      >
        <Group gap="sm" mt={4}>
          {PGB_KADERS.map((k) => (
            <Checkbox key={k} value={k} label={KADER_LABEL[k]} aria-label={`Pgb ${KADER_LABEL[k]} blijft bij de ouders`} size="sm" />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
});

/** The kaders with a pgb share in the national normenset (rekenmodel-v2 §7). */
const PGB_KADERS = ['wlz', 'jeugdwet', 'zvw'] as const;

const DeelnameSectie = memo(function DeelnameSectie({ wijzig, regio }: { wijzig: Wijzig; regio: RegioBestand }) {
  const variant = useVariantDeel((v) => ({ deelname: v.deelname, nietDeelnemers: v.nietDeelnemers }));
  const vooraf = useVooraf();
  const gemeenten = regio.gemeenten.filter((g) => g.inRegio);
  const anderen = [{ id: GGD, naam: 'GGD (Wpg)' }, { id: ZORGKANTOOR, naam: `${regio.zorgkantoor.naam} (Wlz)` }, ...regio.zorgverzekeraars.map((z) => ({ id: verzekeraarId(z.naam), naam: `${z.naam} (Zvw)` }))];
  const vink = (id: string, naam: string, extra?: string) => (
    <Checkbox
      key={id}
      size="sm"
      label={
        <>
          {naam}
          {extra && (
            <Badge size="xs" variant="light" color="gray" ml={6}>
              {extra}
            </Badge>
          )}
        </>
      }
      checked={doetMee(variant, id)}
      onChange={(e) => wijzig((v) => metDeelname(v, id, e.currentTarget.checked))}
      wrapperProps={vooraf((v) => metDeelname(v, id, !doetMee(variant, id)))}
    />
  );
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label="Wie niet meedoet"
        description="Wat er gebeurt met de kosten van een gemeente die niet meedoet"
        data={NIET_DEELNEMERS.map((n) => ({ value: n, label: eersteHoofdletter(NIET_DEELNEMERS_LABEL[n]) }))}
        value={variant.nietDeelnemers}
        onChange={(n) => n && wijzig((v) => ({ ...v, nietDeelnemers: n as Variant['nietDeelnemers'] }))}
        allowDeselect={false}
      />
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={4}>
        Gemeenten in de regio
      </Text>
      <GemeentenDeelname gemeenten={gemeenten} variant={variant} vink={vink} />
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={4}>
        Andere financiers
      </Text>
      {anderen.map((a) => vink(a.id, a.naam))}
      <Button size="compact-xs" variant="subtle" onClick={() => wijzig((v) => ({ ...v, deelname: {} }))} disabled={!Object.keys(variant.deelname).length}>
        Iedereen doet mee
      </Button>
    </Stack>
  );
});

/** Up to this many gemeenten each have their switch in view; a larger regio gets a search box. */
const ALLE_GEMEENTEN_TONEN = 25;
const GETOONDE_TREFFERS = 12;

/**
 * The gemeenten' switches. In a large regio (hundreds of gemeenten) a list of switches would be
 * thousands of pixels and elements long: the gemeenten that do not take part stay in view, and any
 * other is found by name.
 */
function GemeentenDeelname({ gemeenten, variant, vink }: { gemeenten: RegioBestand['gemeenten']; variant: Pick<Variant, 'deelname'>; vink: (id: string, naam: string, extra?: string) => ReactNode }) {
  const [zoek, zetZoek] = useState('');
  const schakel = (g: RegioBestand['gemeenten'][number]) => vink(gemeenteId(g.code), g.naam, g.centrumgemeente ? 'centrum' : undefined);
  if (gemeenten.length <= ALLE_GEMEENTEN_TONEN) return <>{gemeenten.map(schakel)}</>;
  const nietMee = gemeenten.filter((g) => !doetMee(variant, gemeenteId(g.code)));
  const term = zoek.trim().toLocaleLowerCase('nl-NL');
  const treffers = term ? gemeenten.filter((g) => doetMee(variant, gemeenteId(g.code)) && g.naam.toLocaleLowerCase('nl-NL').includes(term)) : [];
  return (
    <>
      <Text size="xs" c="dimmed">
        {formatGetal(gemeenten.length - nietMee.length)} van de {formatGetal(gemeenten.length)} gemeenten doen mee.
        {nietMee.length ? ' Niet mee doen:' : ''}
      </Text>
      {nietMee.map(schakel)}
      <TextInput size="xs" label="Gemeente zoeken" placeholder="Typ een deel van de naam" value={zoek} onChange={(e) => zetZoek(e.currentTarget.value)} />
      {treffers.slice(0, GETOONDE_TREFFERS).map(schakel)}
      {term && (
        <Text size="xs" c="dimmed" role="status">
          {treffers.length === 0
            ? 'Geen deelnemende gemeente met die naam.'
            : treffers.length > GETOONDE_TREFFERS
              ? `${formatGetal(GETOONDE_TREFFERS)} van ${formatGetal(treffers.length)} gemeenten getoond; typ meer van de naam.`
              : ''}
        </Text>
      )}
    </>
  );
}

const VerdeelsleutelSectie = memo(function VerdeelsleutelSectie({ wijzig, regio, problemen }: { wijzig: Wijzig; regio: RegioBestand; problemen: Probleem[] }) {
  const sleutel = useVariantDeel((v) => v.verdeelsleutel);
  const gemeenten = regio.gemeenten.filter((g) => g.inRegio);
  const zetSleutel = (s: Partial<Variant['verdeelsleutel']>) => wijzig((v) => ({ ...v, verdeelsleutel: { ...v.verdeelsleutel, ...s } }));
  const kiesType = (type: VerdeelsleutelType) =>
    wijzig((v) => ({
      ...v,
      verdeelsleutel: { ...v.verdeelsleutel, type, percentages: type === 'vast' && !Object.keys(v.verdeelsleutel.percentages).length ? gelijkeVastePercentages(gemeenten.map((g) => g.code)) : v.verdeelsleutel.percentages },
    }));
  const fouten = problemen.filter((p) => p.pad.startsWith('$.verdeelsleutel'));
  const som = Object.values(sleutel.percentages).reduce((s, p) => s + p, 0);
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label="Verdeelsleutel voor het gemeentelijk deel"
        data={VERDEELSLEUTELS.map((t) => ({ value: t, label: eersteHoofdletter(VERDEELSLEUTEL_LABEL[t]) }))}
        value={sleutel.type}
        onChange={(t) => t && kiesType(t as VerdeelsleutelType)}
        allowDeselect={false}
      />
      <Text size="xs" c="dimmed">
        {SLEUTEL_UITLEG[sleutel.type]}
      </Text>
      {sleutel.type === 'mix' && (
        <Stack gap={4}>
          <Text size="xs" id="alpha-label">
            α = {formatGetal(sleutel.alpha, 2)}: {formatGetal(sleutel.alpha * 100)}% eigen leerlingen, {formatGetal((1 - sleutel.alpha) * 100)}% jeugdigen
          </Text>
          <Slider
            aria-labelledby="alpha-label"
            min={0}
            max={1}
            step={0.05}
            value={sleutel.alpha}
            onChange={(a) => zetSleutel({ alpha: a })}
            label={(a) => formatGetal(a, 2)}
            marks={[
              { value: 0, label: 'jeugdigen' },
              { value: 1, label: 'eigen leerlingen' },
            ]}
            mb="md"
          />
        </Stack>
      )}
      {sleutel.type === 'vast' && (
        <Stack gap={4}>
          {gemeenten.map((g) => (
            <NumberInput
              key={g.code}
              size="xs"
              label={`${g.naam} (%)`}
              min={0}
              max={100}
              step={1}
              decimalScale={2}
              decimalSeparator=","
              value={sleutel.percentages[g.code] ?? 0}
              onChange={(x) => zetSleutel({ percentages: { ...sleutel.percentages, [g.code]: getal(x) } })}
            />
          ))}
          <Group justify="space-between">
            <Text size="xs" fw={600} c={Math.abs(som - 100) > 1e-6 ? 'red.8' : undefined}>
              Samen {formatGetal(som, 2)}%
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => zetSleutel({ percentages: gelijkeVastePercentages(gemeenten.map((g) => g.code)) })}>
              Gelijk verdelen
            </Button>
          </Group>
        </Stack>
      )}
      {fouten.map((p, i) => (
        <Text key={i} size="xs" c="red.8" role="alert">
          {p.melding}
        </Text>
      ))}
    </Stack>
  );
});

const RoutesSectie = memo(function RoutesSectie({ wijzig, regio }: { wijzig: Wijzig; regio: RegioBestand }) {
  const variant = useVariantDeel((v) => ({ centrumgemeente: v.centrumgemeente, onderwijsroute: v.onderwijsroute, integraal: v.integraal, uitvoeringskostenPct: v.uitvoeringskostenPct }));
  const [naam, zetNaam] = useState(variant.integraal.naam);
  // Follow a name set from outside (a preset, a loaded variant); an empty field is not committed.
  useEffect(() => zetNaam((n) => (n.trim() === variant.integraal.naam ? n : variant.integraal.naam)), [variant.integraal.naam]);
  const uk = (route: keyof Variant['uitvoeringskostenPct']) => (
    <NumberInput
      size="xs"
      label="Uitvoeringskosten (% van de pot)"
      min={0}
      max={100}
      step={0.5}
      decimalScale={2}
      decimalSeparator=","
      value={variant.uitvoeringskostenPct[route]}
      onChange={(x) => wijzig((v) => ({ ...v, uitvoeringskostenPct: { ...v.uitvoeringskostenPct, [route]: getal(x) } }))}
    />
  );
  const kop = (route: 'gemeenteroute' | 'onderwijsroute' | 'integraal') => (
    <Text size="sm" fw={700} mt={4}>
      <Kleurblok kleur={ROUTE_KLEUR[route]} />
      {ROUTE_LABEL[route]}
    </Text>
  );
  return (
    <Stack gap="xs">
      {kop('gemeenteroute')}
      <Select
        size="xs"
        label="Budgethouder (centrumgemeente)"
        data={regio.gemeenten.filter((g) => g.inRegio).map((g) => ({ value: g.code, label: g.naam }))}
        value={variant.centrumgemeente ?? null}
        onChange={(c) => c && wijzig((v) => ({ ...v, centrumgemeente: c }))}
        allowDeselect={false}
      />
      {uk('gemeenteroute')}
      {kop('onderwijsroute')}
      <Select
        size="xs"
        label="Budgethouder"
        data={ONDERWIJS_BUDGETHOUDERS.map((b) => ({ value: b, label: eersteHoofdletter(ONDERWIJS_BUDGETHOUDER_LABEL[b]) }))}
        value={variant.onderwijsroute.budgethouder}
        onChange={(b) => b && wijzig((v) => ({ ...v, onderwijsroute: { ...v.onderwijsroute, budgethouder: b as Variant['onderwijsroute']['budgethouder'] } }))}
        allowDeselect={false}
      />
      {variant.onderwijsroute.budgethouder === 'penvoerder' && (
        <Select
          size="xs"
          label="Penvoerder"
          data={regio.samenwerkingsverbanden.map((s) => ({ value: s.code, label: s.naam }))}
          value={variant.onderwijsroute.penvoerder ?? null}
          onChange={(p) => p && wijzig((v) => ({ ...v, onderwijsroute: { ...v.onderwijsroute, penvoerder: p } }))}
          allowDeselect={false}
        />
      )}
      {uk('onderwijsroute')}
      {kop('integraal')}
      <TextInput
        size="xs"
        label="Budgethouder (naam)"
        value={naam}
        onChange={(e) => {
          const n = e.currentTarget.value;
          zetNaam(n);
          if (n.trim()) wijzig((v) => ({ ...v, integraal: { naam: n.trim() } }));
        }}
        error={naam.trim() ? undefined : 'Geef de budgethouder een naam'}
      />
      {uk('integraal')}
    </Stack>
  );
});

const REKENBASIS_KORT: Record<Rekenbasis, string> = { norm: 'Landelijke norm', realisatie: 'Realisatie' };

/** Rekenbasis (norm or realisatie, rekenmodel-v2 §9) and the ingroeipad (§10). */
const BasisEnIngroeiSectie = memo(function BasisEnIngroeiSectie({ wijzig, regio }: { wijzig: Wijzig; regio: RegioBestand }) {
  const variant = useVariantDeel((v) => ({ rekenbasis: v.rekenbasis, ingroei: v.ingroei }));
  const zonderRealisatie = !regio.realisatie?.length;
  const zetIngroei = (i: Partial<Variant['ingroei']>) => wijzig((v) => ({ ...v, ingroei: { ...v.ingroei, ...i } }));
  const m = variant.ingroei.maxNadeelPerInwoner;
  return (
    <Stack gap="xs">
      <Select
        size="xs"
        label="Rekenbasis"
        data={REKENBASES.map((b) => ({ value: b, label: REKENBASIS_KORT[b] }))}
        value={variant.rekenbasis}
        onChange={(b) => b && wijzig((v) => ({ ...v, rekenbasis: b as Rekenbasis }))}
        allowDeselect={false}
      />
      <Text size="xs" c="dimmed">
        {variant.rekenbasis === 'norm'
          ? 'Alle kosten volgens de landelijke norm.'
          : zonderRealisatie
            ? 'De regio heeft nog geen realisatie ingevuld (Regio, tabblad Realisatie): alle kosten blijven op de norm.'
            : 'Kosten van financiers met realisatie zijn omgerekend naar wat zij werkelijk uitgaven; de rest blijft op de norm.'}
      </Text>
      <NumberInput
        size="xs"
        label="Ingroei in jaren"
        description="1: de nieuwe verdeling geldt meteen."
        min={1}
        max={MAX_INGROEI_JAREN}
        step={1}
        allowDecimal={false}
        value={variant.ingroei.jaren}
        onChange={(x) => zetIngroei({ jaren: Math.min(MAX_INGROEI_JAREN, Math.max(1, Math.round(getal(x, 1)))) })}
      />
      <NumberInput
        size="xs"
        label="Maximaal nadeel per inwoner 0–17 per jaar (€)"
        description="Leeg: geen grens."
        min={0}
        step={1}
        decimalScale={2}
        decimalSeparator=","
        thousandSeparator="."
        value={m ?? ''}
        onChange={(x) =>
          wijzig((v) => {
            const { maxNadeelPerInwoner: _weg, ...zonder } = v.ingroei;
            return { ...v, ingroei: typeof x === 'number' && Number.isFinite(x) ? { ...zonder, maxNadeelPerInwoner: Math.max(0, x) } : zonder };
          })
        }
      />
    </Stack>
  );
});

export interface VariantPaneelProps {
  regio: RegioBestand;
  wijzig: Wijzig;
  maatwerk: readonly string[] | null;
  problemen: Probleem[];
  onInklappen: () => void;
}

/** A preset button; the active one is filled, marked with a check and pressed for assistive technology. */
function PresetKnop({ actief, onClick, children }: { actief: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Button
      size="xs"
      variant={actief ? 'filled' : 'light'}
      justify="flex-start"
      fullWidth
      aria-pressed={actief}
      leftSection={actief ? <span aria-hidden>✓</span> : undefined}
      onClick={onClick}
      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      h="auto"
      py={4}
    >
      {children}
    </Button>
  );
}

/** Which presets the current variant matches: the standard first, then each of VARIANT_PRESETS. */
function Voorinstellingen({ regio, wijzig }: { regio: RegioBestand; wijzig: Wijzig }) {
  const actief = useVariantDeel((v) => [isStandaardVariant(v, regio), ...VARIANT_PRESETS.map((p) => presetActief(p, v))]);
  return (
    <Stack gap={4} role="group" aria-label="Voorinstellingen">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        Voorinstellingen
      </Text>
      {/* The active preset is pressed: filled, with a check mark and aria-pressed. */}
      <Tooltip label="De standaardinstellingen van het rekenmodel: alles terug naar het begin" withArrow multiline w={260}>
        <PresetKnop actief={actief[0]} onClick={() => wijzig(() => standaardVariant(regio))}>
          Standaard (rekenmodel)
        </PresetKnop>
      </Tooltip>
      {VARIANT_PRESETS.map((p, i) => (
        <Tooltip key={p.id} label={p.omschrijving} multiline w={300} withArrow>
          <PresetKnop actief={actief[i + 1]} onClick={() => wijzig((v) => volledigeVariant({ ...v, ...p.instellingen }, regio))}>
            {p.naam}
          </PresetKnop>
        </Tooltip>
      ))}
    </Stack>
  );
}

/** The part of a section's title that follows the variant (its own subscriber: the accordion itself stays as it is). */
function Titel({ kies }: { kies: (v: Variant) => string }) {
  return useVariantDeel(kies);
}

const scopeTitel = (v: Variant) => `Scope: ${scopeSoort(v.scope) === 'maatwerk' ? 'maatwerk' : SCOPE_LABEL[scopeSoort(v.scope)].toLowerCase()}`;
const sleutelTitel = (v: Variant) => `Verdeelsleutel: ${VERDEELSLEUTEL_LABEL[v.verdeelsleutel.type].split(' (')[0]}`;
const basisTitel = (v: Variant) => `Rekenbasis: ${REKENBASIS_KORT[v.rekenbasis].toLowerCase()}${v.ingroei.jaren > 1 || v.ingroei.maxNadeelPerInwoner !== undefined ? ', met ingroei' : ''}`;

/**
 * The settings of the variant: every change recomputes the comparison at once. The panel reads the
 * variant from its VariantWinkel, part by part: a click re-renders the controls whose part changed.
 */
export function VariantPaneel({ regio, wijzig, maatwerk, problemen, onInklappen }: VariantPaneelProps) {
  return (
    <Stack gap="sm" className="variant-paneel" component="aside" aria-label="Instellingen van de variant">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          Variant
        </Title>
        <Tooltip label="Paneel inklappen (meer ruimte voor de vergelijking)">
          <ActionIcon variant="subtle" color="gray" onClick={onInklappen} aria-label="Paneel inklappen" size="lg">
            ‹‹
          </ActionIcon>
        </Tooltip>
      </Group>
      <Voorinstellingen regio={regio} wijzig={wijzig} />
      <Accordion multiple defaultValue={['scope', 'pot', 'deelname']} variant="contained" chevronPosition="right" order={3}>
        <Accordion.Item value="scope">
          <Accordion.Control>
            <Titel kies={scopeTitel} />
          </Accordion.Control>
          <Accordion.Panel>
            <ScopeSectie wijzig={wijzig} maatwerk={maatwerk} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="pot">
          <Accordion.Control>Pot</Accordion.Control>
          <Accordion.Panel>
            <NaTekenen>
              <PotSectie wijzig={wijzig} />
            </NaTekenen>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="deelname">
          <Accordion.Control>Deelname</Accordion.Control>
          <Accordion.Panel>
            <NaTekenen>
              <DeelnameSectie wijzig={wijzig} regio={regio} />
            </NaTekenen>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="verdeelsleutel">
          <Accordion.Control>
            <Titel kies={sleutelTitel} />
          </Accordion.Control>
          <Accordion.Panel>
            <VerdeelsleutelSectie wijzig={wijzig} regio={regio} problemen={problemen} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="rekenbasis">
          <Accordion.Control>
            <Titel kies={basisTitel} />
          </Accordion.Control>
          <Accordion.Panel>
            <BasisEnIngroeiSectie wijzig={wijzig} regio={regio} />
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="routes">
          <Accordion.Control>Routes</Accordion.Control>
          <Accordion.Panel>
            <RoutesSectie wijzig={wijzig} regio={regio} />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
