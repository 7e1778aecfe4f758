import { Alert, Badge, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { KADER_LABEL } from '../../../../shared/domain/labels';
import { bedragenOnderschrift } from '../../../../shared/domain/prijspeil-tekst';
import type { EvaluatieWeergave } from '../../../../shared/engine/evaluatie-weergave';
import type { KalibratieFinancier } from '../../../../shared/engine/routes/kalibratie';
import { normRealisatieGrafiek } from '../../../../shared/export/grafieken';
import { formatGetal } from '../../../../shared/format';
import { Downloads } from '../../onderdelen/Downloads';
import { Grafiek } from '../../onderdelen/Grafiek';
import { Sectie } from './Sectie';
import { Tabel, alsDataTabel, type TabelKolom, type Toelichting } from './Tabel';

/** Charts drawn at most; the table has every financier. */
export const NORM_GRAFIEKEN = 12;

export const GEEN_REALISATIE = 'Nog geen realisatie ingevoerd — voeg die toe op Regio › Realisatie.';

/**
 * Norm en realisatie (rekenmodel-v2 §9): per financier and kader the normative cost at prijspeil
 * beside what it really spent, and the calibration factor; rows that cannot be used are listed.
 * Shown on Vergelijken because it is where the rekenbasis is chosen, and the marking of what stays
 * at the norm follows the variant.
 */
export function NormEnRealisatie({ ev, toelichting }: { ev: EvaluatieWeergave; toelichting: Toelichting }) {
  const k = ev.kalibratie;
  const opRealisatie = ev.variant.rekenbasis === 'realisatie';
  const perFinancier = useMemo(() => {
    const m = new Map<string, KalibratieFinancier[]>();
    for (const f of k.financiers) m.set(f.financier, [...(m.get(f.financier) ?? []), f]);
    return [...m.values()];
  }, [k]);
  const kolommen = useMemo(
    (): TabelKolom<KalibratieFinancier>[] => [
      { kop: 'Financier', soort: 'tekst', waarde: (f) => f.naam },
      { kop: 'Kader', soort: 'tekst', waarde: (f) => KADER_LABEL[f.kader] },
      { kop: 'Norm (op prijspeil)', kopScherm: 'Norm', soort: 'euro', waarde: (f) => f.norm },
      { kop: 'Realisatie (op prijspeil)', kopScherm: 'Realisatie', soort: 'euro', waarde: (f) => f.realisatie },
      { kop: 'Factor', soort: 'getal', waarde: (f) => f.factor, toon: (f) => (f.factor === null ? '–' : formatGetal(f.factor, 2)) },
      { kop: 'Nu bij rekenbasis realisatie', kopScherm: 'Nu (realisatie)', soort: 'euro', waarde: (f) => f.gekalibreerd },
      {
        kop: 'Blijft op de norm',
        soort: 'euro',
        waarde: (f) => f.opNorm,
        toon: (f) =>
          f.opNorm > 0.5 ? (
            <span>
              {opRealisatie && (
                <Badge size="xs" color="yellow" variant="light" mr={4} title={`Op de norm: ${f.scholenOpNorm.join(', ')}`}>
                  op de norm
                </Badge>
              )}
              {formatGetal(Math.round(f.opNorm))}
            </span>
          ) : (
            '–'
          ),
      },
      { kop: 'Scholen op de norm', soort: 'getal', waarde: (f) => f.scholenOpNorm.length },
    ],
    [opRealisatie],
  );
  if (!k.financiers.length) {
    return (
      <Stack gap="sm">
        <Alert color="gray" title="Norm en realisatie" data-testid="geen-realisatie">
          {GEEN_REALISATIE} Zonder realisatie rekent de app met de landelijke norm ({bedragenOnderschrift(ev.prijspeil).toLowerCase()}).
        </Alert>
        {k.waarschuwingen.length > 0 && <Waarschuwingen regels={k.waarschuwingen} />}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        De rekenbasis van deze variant is {opRealisatie ? 'de realisatie: de kosten van elke financier en elk kader hieronder zijn vermenigvuldigd met de factor; wat gemarkeerd is blijft op de norm.' : 'de landelijke norm: de realisatie staat hier ter vergelijking (kies de rekenbasis in het paneel).'}{' '}
        {bedragenOnderschrift(ev.prijspeil)}.
      </Text>
      {k.waarschuwingen.length > 0 && <Waarschuwingen regels={k.waarschuwingen} />}
      <Sectie
        titel="Norm en realisatie per financier en kader"
        omschrijving="Norm: de normatieve kosten van alle leerlingen van de financier, alle taken. Factor: wat de financier nu betaalt bij rekenbasis realisatie, gedeeld door de norm."
        acties={<Downloads tabel={() => alsDataTabel('Norm en realisatie', 'norm-en-realisatie', kolommen, k.financiers, toelichting)} label="norm en realisatie" />}
      >
        <Tabel label="Norm en realisatie per financier en kader" kolommen={kolommen} rijen={k.financiers} sleutel={(f) => `${f.financier}/${f.kader}`} partijen={(f) => [f.financier]} />
      </Sectie>
      <Sectie titel="Norm naast realisatie per financier" omschrijving={perFinancier.length > NORM_GRAFIEKEN ? `De eerste ${NORM_GRAFIEKEN} van ${perFinancier.length} financiers; de tabel heeft ze allemaal.` : undefined}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {perFinancier.slice(0, NORM_GRAFIEKEN).map((rijen) => (
            <Grafiek
              key={rijen[0].financier}
              opties={normRealisatieGrafiek(rijen[0].naam, rijen, ev.prijspeil)}
              hoogte={240}
              label={`Staafdiagram: norm naast realisatie van ${rijen[0].naam}, ${rijen.map((r) => `${KADER_LABEL[r.kader]} factor ${r.factor === null ? 'geen' : formatGetal(r.factor, 2)}`).join(', ')}`}
            />
          ))}
        </SimpleGrid>
      </Sectie>
    </Stack>
  );
}

function Waarschuwingen({ regels }: { regels: string[] }) {
  return (
    <Alert color="orange" title="Realisatieregels die niet meetellen">
      <List size="sm">
        {regels.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
