/**
 * The choices the routes engine makes where rekenmodel §3–§5 leaves room ("choose"), in Dutch for
 * the app's "Bronnen en aannames" view and the export.
 */
export interface AannameRoutes {
  id: string;
  titel: string;
  tekst: string;
}

export const AANNAMES_ROUTES: readonly AannameRoutes[] = [
  {
    id: 'financiers',
    titel: 'Wie financiert welk kader',
    tekst:
      'Jeugdwet en Wmo: de woongemeente van de leerling (woonplaatsbeginsel). Wpg: één partij, de GGD van de regio (jeugdgezondheidszorg is regionaal georganiseerd). Wlz: het zorgkantoor. Zvw: de zorgverzekeraars naar hun marktaandeel in de regio. Onderwijs: de school zelf; het deel dat volgens de variant in de pot gaat (onderwijsbijdragePct) betaalt het samenwerkingsverband van de school, als inbreng van TLV- en ondersteuningsmiddelen.',
  },
  {
    id: 'pot',
    titel: 'Wat in de pot gaat',
    tekst:
      'De pot van een school is de som van de kosten van haar leerlingen in de pot-kaders (standaard Jeugdwet, Wlz, Zvw en Wmo; Wpg naar keuze) voor zover de financier meedoet, plus het gekozen percentage van het onderwijsdeel (standaard 0%). De pot is in alle routes gelijk; de routes verschillen alleen in wie het geld beheert en hoe het stroomt.',
  },
  {
    id: 'niet-in-pot',
    titel: '"Niet in de pot" gaat over zorggeld',
    tekst:
      'Niet in de pot zijn de zorgkosten (Jeugdwet, Wmo, Wpg, Wlz, Zvw) die buiten de pot blijven: kaders die niet in de pot zitten, financiers die niet meedoen (bij "individueel") en leerlingen van buiten de regio (bij "individueel"). Zij houden in elke route hun individuele geldstroom naar de school, zoals nu. Het onderwijsdeel dat niet in de pot gaat, blijft binnen de school: daarvoor is er geen geldstroom en het telt niet mee in "niet in de pot".',
  },
  {
    id: 'huidig',
    titel: 'De huidige situatie als vergelijking',
    tekst:
      'In de huidige situatie betaalt elke financier per school en per kader zelf de kosten van zijn leerlingen (een geldstroom per financier, school en kader). Dezelfde pot wordt zo individueel betaald: de "bijdrage" van een financier in de huidige situatie is wat hij nu betaalt voor wat in de variant in de pot gaat. Het onderwijsdeel in de pot staat daarbij op naam van het samenwerkingsverband, zonder geldstroom (het blijft nu binnen de school).',
  },
  {
    id: 'verschil',
    titel: 'Bijdrage, huidig en verschil',
    tekst:
      'Per financier tonen we de bijdrage aan de pot (inclusief zijn deel van de uitvoeringskosten), wat hij daarvoor nu betaalt ("huidig") en het verschil. Kosten die buiten de pot blijven ("individueel") betaalt hij nu en in elke route op dezelfde manier; die staan er apart naast.',
  },
  {
    id: 'niet-deelnemers-andere-financiers',
    titel: 'Zorgkantoor, GGD of zorgverzekeraar doet niet mee',
    tekst:
      'Doet het zorgkantoor, de GGD of een zorgverzekeraar niet mee, dan blijven zijn kosten individueel, ook als de variant niet-deelnemers laat betalen door de vestigingsgemeente of laat herverdelen: een gemeente kan geen Wlz-, Wpg- of Zvw-zorg betalen. "Vestigingsgemeente" en "herverdelen" gelden alleen voor gemeenten in de regio.',
  },
  {
    id: 'vestigingsgemeente',
    titel: 'Vestigingsgemeente betaalt voor niet-deelnemers',
    tekst:
      'Bij "vestigingsgemeente" betaalt de gemeente waar de school staat de Jeugdwet- en Wmo-kosten van leerlingen uit niet-deelnemende gemeenten in de pot, bovenop haar eigen deel volgens de verdeelsleutel. Doet die vestigingsgemeente zelf niet mee of ligt zij buiten de regio, dan blijven die kosten individueel (de app meldt dat).',
  },
  {
    id: 'herverdelen',
    titel: 'Herverdelen over de deelnemers',
    tekst:
      'Bij "herverdelen" tellen de kosten van niet-deelnemers mee in het gemeentelijk deel dat de deelnemende gemeenten in de regio volgens de verdeelsleutel dragen. Doet geen enkele gemeente in de regio mee, dan kan dat niet en blijven die kosten individueel.',
  },
  {
    id: 'buiten-regio',
    titel: 'Leerlingen van buiten de regio',
    tekst:
      'De keuze voor leerlingen van buiten de regio gaat over de kosten van hun woongemeente (Jeugdwet, Wmo). Bij "individueel" (standaard) blijven die buiten de pot; bij "verrekening" betaalt de woongemeente haar eigen kosten in de pot, maar zij telt niet mee in de verdeelsleutel. Zet de variant zo\'n gemeente op "doet niet mee", dan blijven haar kosten ook bij verrekening individueel. Hun Wlz-, Zvw- en Wpg-kosten betalen het zorgkantoor, de zorgverzekeraars en de GGD van de regio, zoals bij alle leerlingen.',
  },
  {
    id: 'verdeelsleutel-zorggebruik',
    titel: 'Verdeelsleutel zorggebruik',
    tekst:
      'Elke deelnemende gemeente betaalt precies de kosten van haar eigen leerlingen, per kader (= wat zij nu betaalt). Worden kosten van niet-deelnemers herverdeeld, dan draagt zij daarvan een deel naar rato van haar eigen zorggebruik.',
  },
  {
    id: 'verdeelsleutel-leerlingen',
    titel: 'Verdeelsleutel leerlingen',
    tekst:
      'Het gewicht van een deelnemende gemeente is het aantal leerlingen dat in die gemeente woont, over alle scholen in het regio-bestand (al hun zorgkosten in de pot-kaders zitten in de pot).',
  },
  {
    id: 'verdeelsleutel-vast',
    titel: 'Vaste percentages',
    tekst:
      'De percentages tellen op tot 100. Doen gemeenten niet mee, dan worden de percentages van de deelnemers herschaald naar 100; een deelnemer zonder percentage krijgt 0%.',
  },
  {
    id: 'verdeelsleutel-mix',
    titel: 'Mix van zorggebruik en jeugdigen',
    tekst:
      'Aandeel = α × aandeel in het zorggebruik + (1 − α) × aandeel in de inwoners van 0 tot 17 jaar, beide over de deelnemers. Standaard α = 0,5.',
  },
  {
    id: 'verdeelsleutel-gewicht-nul',
    titel: 'Verdeelsleutel zonder gewicht',
    tekst:
      'Geeft de verdeelsleutel alle deelnemers samen gewicht 0 (bijvoorbeeld geen inwoners ingevuld, of alleen 0%-percentages bij de deelnemers), dan verdelen we het gemeentelijk deel in gelijke delen over de deelnemers en melden dat.',
  },
  {
    id: 'centrumgemeente',
    titel: 'Budgethouder van de gemeenteroute',
    tekst:
      'De centrumgemeente uit de variant; anders de centrumgemeente van het regio-bestand; zonder centrumgemeente de gemeente in de regio met de meeste inwoners van 0 tot 17 jaar.',
  },
  {
    id: 'penvoerder',
    titel: 'Penvoerend samenwerkingsverband',
    tekst:
      'Kiest de variant voor één penvoerend samenwerkingsverband zonder er een te noemen, dan nemen we het samenwerkingsverband met de meeste leerlingen op zijn scholen.',
  },
  {
    id: 'onderwijsroute-verdeling',
    titel: 'Onderwijsroute met het samenwerkingsverband van de school',
    tekst:
      'Elk samenwerkingsverband beheert de pot van zijn scholen. De bijdrage van elke gemeente, het zorgkantoor, de GGD en elke verzekeraar wordt over de samenwerkingsverbanden verdeeld naar rato van het zorgdeel van de pot van hun scholen. De eigen onderwijsbijdrage van een samenwerkingsverband blijft bij hemzelf: die is precies het onderwijsdeel van de pot van zijn eigen scholen. Zo betaalt geen samenwerkingsverband een ander (geen rondstromen). Bij een onderwijsbijdrage van 0% (standaard) is dit gelijk aan verdelen naar rato van de hele pot.',
  },
  {
    id: 'uitvoeringskosten',
    titel: 'Uitvoeringskosten',
    tekst:
      'Per route een percentage van de pot, standaard 0%: de bronnen noemen geen bedrag. De financiers betalen ze naar rato van hun bijdrage aan de pot; de budgethouder houdt ze (het zijn zijn kosten). Voor elke budgethouder geldt: wat binnenkomt plus zijn eigen bijdrage = wat naar de scholen gaat plus de uitvoeringskosten. De huidige situatie heeft geen budgethouder en geen uitvoeringskosten.',
  },
  {
    id: 'eigen-bijdrage-budgethouder',
    titel: 'Budgethouder die zelf ook bijdraagt',
    tekst:
      'De centrumgemeente (gemeenteroute) of een samenwerkingsverband (onderwijsroute) is zowel financier als budgethouder. Zijn eigen bijdrage is een interne boeking, geen geldstroom naar zichzelf; in een stroomdiagram heet hij "<naam> (budgethouder)" en staat zijn eigen bijdrage bij die knoop. Alleen budgethouders ontvangen én betalen; er zijn geen rondstromen.',
  },
  {
    id: 'stromen',
    titel: 'Wat telt als geldstroom',
    tekst:
      'Een individuele geldstroom is er per financier, school en kader (Jeugdwet en Wmo van dezelfde gemeente zijn twee stromen: twee wettelijke kaders). Naar een budgethouder is er één stroom per financier (met het kader erbij als hij één kader inbrengt) en van de budgethouder één stroom per school. Alleen stromen met een bedrag groter dan 0 tellen.',
  },
  {
    id: 'loketten',
    titel: 'Loketten per school',
    tekst:
      'Het aantal verschillende partijen waarvan een school zorggeld ontvangt: de budgethouder plus de financiers die buiten de pot individueel blijven betalen. Onderwijsgeld binnen de school telt niet. Gemiddelde en maximum gaan over de scholen met zorgkosten of een pot.',
  },
  {
    id: 'formatie-uit-pot',
    titel: 'Formatie uit de pot',
    tekst:
      'De formatie die uit de pot wordt betaald is de formatie van de school (fte binnen de scope) × het aandeel van de pot in alle kosten van de school (onderwijs meegerekend). Dat is een benadering: het maakt geen onderscheid tussen professionals die vooral uit onderwijsgeld en professionals die vooral uit zorggeld worden betaald.',
  },
];
