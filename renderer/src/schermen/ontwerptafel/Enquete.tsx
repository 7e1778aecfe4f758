import { Text } from '@mantine/core';
import { ROUTE_LABEL } from '../../../../shared/engine';
import { formatGetal } from '../../../../shared/format';
import { ENQUETE_GROEPEN, ENQUETE_RESPONDENTEN, ENQUETE_SCHAAL, ENQUETE_UITLEG, ENQUETE_VOORBEHOUD, enqueteNaastTafel, type EnqueteRoute, type Wegingsresultaat } from '../../../../shared/ontwerptafel';
import type { UitlegTekst } from '../../onderdelen/Uitleg';
import { Kleurblok } from '../../onderdelen/Kleurblok';
import { ROUTE_KLEUR } from '../../kleuren';
import { Sectie } from '../vergelijken/Sectie';
import { Uitleg } from '../vergelijken/UitlegLaag';
import { deRoute, formatScore } from './teksten';

const RAPPORT = 'DSP-groep & Oberon (2022)';

function enqueteUitleg(e: EnqueteRoute): UitlegTekst {
  return {
    titel: `${ROUTE_LABEL[e.route]} in de enquête: ${e.score === null ? e.oordeel : formatGetal(e.score, 1)}`,
    regels: [`“${e.citaat}”`, `Gemiddelde op een ${ENQUETE_SCHAAL.tekst}.`],
    bron: `${RAPPORT}, ${e.bron}, r. ${e.regel}`,
  };
}

const VOORBEHOUD: UitlegTekst = {
  titel: 'Niet representatief',
  regels: [
    `“${ENQUETE_VOORBEHOUD.citaat}”`,
    ...ENQUETE_UITLEG,
    `Respondenten (tabel 1.2): ${[...ENQUETE_GROEPEN].sort((a, b) => b.respondenten - a.respondenten).map((g) => `${g.naam.toLowerCase()} ${g.respondenten}`).join(', ')}.`,
  ],
  bron: `${RAPPORT}, ${ENQUETE_VOORBEHOUD.bron}, r. ${ENQUETE_VOORBEHOUD.regel}`,
};

/**
 * What the report's survey said about the routes, beside the session's own overall result: the
 * respondents judged whether a route was "passend" (1–10), the table weighs criteria (1–5), so the
 * panel compares the orders, not the figures, and carries the report's caveat.
 */
export function EnqueteVergelijking({ weging }: { weging: Wegingsresultaat }) {
  const v = enqueteNaastTafel(weging);
  const volgorde =
    v.zelfdeVolgorde === null
      ? null
      : v.zelfdeVolgorde
        ? 'Deze tafel zet de routes in dezelfde volgorde als de enquête.'
        : `De volgorde verschilt: de enquête zet ${deRoute(v.volgordeEnquete[0])} voorop, deze tafel ${deRoute(v.volgordeTafel[0])}.`;
  return (
    <Sectie
      titel="Wat de enquête van het rapport zei"
      omschrijving={
        <>
          {formatGetal(ENQUETE_RESPONDENTEN)} betrokkenen: is de route ‘passend’ ({ENQUETE_SCHAAL.min}–{ENQUETE_SCHAAL.max})?{' '}
          <Uitleg uitleg={VOORBEHOUD}>
            <strong>Niet representatief</strong>
          </Uitleg>
          , zegt het rapport; een ander oordeel dan deze weging, dus vergelijk de volgorde.
        </>
      }
    >
      <table className="vergelijk-tabel enquete-tabel" aria-label="Enquête naast de uitkomst van deze tafel">
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col" title="Gemiddelde op een schaal van 1 tot 10: is de route passend?">
              Enquête
            </th>
            <th scope="col" title="Gewogen score van deze tafel, 1 tot 5, met de plaats">
              Deze tafel
            </th>
          </tr>
        </thead>
        <tbody>
          {v.rijen.map((r) => (
            <tr key={r.route}>
              <th scope="row">
                <span className="geen-afbreking">
                  <Kleurblok kleur={ROUTE_KLEUR[r.route]} />
                  {ROUTE_LABEL[r.route]}
                </span>
              </th>
              <td className="getal">{r.enquete ? <Uitleg uitleg={enqueteUitleg(r.enquete)}>{r.enquete.score === null ? r.enquete.oordeel : formatGetal(r.enquete.score, 1)}</Uitleg> : <Text span c="dimmed" size="sm">niet gevraagd</Text>}</td>
              <td className="getal">
                {r.tafel ? (
                  <>
                    {formatScore(r.tafel.score)} <span className="plaats-klein">({formatGetal(r.tafel.plaats)})</span>
                  </>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {volgorde && (
        <Text size="sm" mt="xs" aria-label="Volgorde enquête en tafel">
          {volgorde}
        </Text>
      )}
    </Sectie>
  );
}
