/**
 * The passages of the sources the OOGO bespreekpunten rest on, quoted word for word with their line
 * numbers in the plain-text editions of the documents (line breaks joined with a space).
 */
import { TLV_BEDRAG } from '../../shared/engine/tlv';
import type { OogoBron } from '../../shared/export/oogo-typen';

export const RAPPORT = 'DSP-groep & Oberon (2022), Naar collectieve financiering van Zorg in Onderwijstijd';
export const NOTITIE = 'Notitie onderwijs-zorgarrangementen (2013)';

export const OOGO_BRONNEN = {
  hogereTlv: {
    document: RAPPORT,
    plaats: 'par. 4.3, r. 4362–4366',
    citaat: 'De schoolbesturen wijzen op het risico dat het organiseren van collectieve financiering van zorg in onderwijstijd ervoor kan zorgen dat samenwerkingsverbanden minder vaak hogere TLV’s afgeven.',
  },
  tlvBedragen: { document: RAPPORT, plaats: `par. 2.3.1, ${TLV_BEDRAG.regel}`, citaat: TLV_BEDRAG.citaat },
  thuiszittersNotitie: {
    document: NOTITIE,
    plaats: 'r. 255',
    citaat: 'Bijzondere aandacht zal gevraagd worden voor afspraken over thuiszittende leerlingen.',
  },
  thuiszittenVoorkomen: {
    document: RAPPORT,
    plaats: 'par. 4.2, r. 4141–4143',
    citaat: 'Met name schoolbesturen en samenwerkingsverbanden verwachten dat onnodig thuiszitten kan worden voorkomen als zorg sneller kan worden ingezet.',
  },
  meerThuiszitters: {
    document: RAPPORT,
    plaats: 'par. 4.3, r. 4289–4293',
    citaat:
      'Oudergroeperingen geven aan dat het collectieve model daarnaast ervoor kan zorgen dat kinderen met intensieve zorgbehoeften vaker worden geweigerd, omdat het zorgaanbod niet kan voorzien in de behoeften van die kinderen. Dat zou kunnen leiden tot meer thuiszitters.',
  },
  ondersteuningsplan: {
    document: NOTITIE,
    plaats: 'r. 241–247',
    citaat:
      'In het ondersteuningsplan leggen de besturen in het samenwerkingsverband gezamenlijk onderwerpen vast zoals: […] - afspraken over verdeling, besteding en toewijzing van de extra middelen. - procedures en criteria bij plaatsing in speciale onderwijsvoorzieningen.',
  },
  jeugdhulp: {
    document: NOTITIE,
    plaats: 'r. 249–250',
    citaat: 'In het ondersteuningsplan staan ook alle afspraken die zijn gemaakt met de instellingen voor jeugdhulp.',
  },
  onderwijsKader: {
    document: RAPPORT,
    plaats: 'par. 2.3.2, r. 2593–2595',
    citaat: 'School(bestuur), samenwerkingsverband en EMB-middelen voegen we verder samen onder de noemer Onderwijs, omdat het hier in alle gevallen om onderwijsmiddelen gaat',
  },
} as const satisfies Record<string, OogoBron>;
