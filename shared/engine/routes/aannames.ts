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
      'Niet in de pot zijn de zorgkosten (Jeugdwet, Wmo, Wpg, Wlz, Zvw) die buiten de pot blijven: kaders die niet in de pot zitten, financiers die niet meedoen (bij "individueel") en leerlingen van buiten de regio (bij "individueel"). Zij houden in elke route hun individuele geldstroom naar de school en haar zorgaanbieders, zoals nu. Het onderwijsdeel dat niet in de pot gaat, blijft binnen de school: daarvoor is er geen geldstroom en het telt niet mee in "niet in de pot".',
  },
  {
    id: 'huidig',
    titel: 'De huidige situatie: wat elke partij nu betaalt',
    tekst:
      'In de huidige situatie is er geen pot. Elke financier betaalt per school en per kader zelf alle zorg van zijn leerlingen, alle taken (breed): dat is "nu". Een pgb loopt via de ouders (rekenmodel-v2 §7). Het samenwerkingsverband staat in de huidige situatie op naam van het onderwijsdeel dat het in de variant inbrengt, zonder geldstroom (dat geld blijft nu binnen de school). Zo is "nu" voor elke variant hetzelfde: pot (zorgdeel) + niet in de pot + buiten de scope = de zorgkosten van alle taken, in elke route (rekenmodel-v2 §8).',
  },
  {
    id: 'verschil',
    titel: 'Nu, in de pot, nog individueel en het verschil',
    tekst:
      'Per financier tonen we wat hij nu betaalt (alle taken), zijn bijdrage aan de pot (inclusief zijn deel van de uitvoeringskosten), wat hij nog individueel betaalt (zorg die niet in de pot gaat, een pgb dat bij de ouders blijft, en zorg buiten de scope) en het verschil: in de pot + nog individueel − nu. Wat een gemeente voor een niet-deelnemer of als vestigingsgemeente betaalt, zit in haar bijdrage.',
  },
  {
    id: 'betalend-swv',
    titel: 'Welk samenwerkingsverband betaalt',
    tekst:
      'De TLV van een (v)so-leerling betaalt het samenwerkingsverband van het gebied waar de leerling woont: het po-samenwerkingsverband van de woongemeente voor so, het vo-samenwerkingsverband voor vso (rapport r. 3468 en r. 4873). Kent de gemeente dat samenwerkingsverband niet (Samenwerkingsverband PO/VO in de regio), dan betaalt het samenwerkingsverband van de school; de app meldt dan voor hoeveel leerlingen. Dat samenwerkingsverband brengt het onderwijsdeel van zijn leerlingen in de pot (onderwijsbijdragePct).',
  },
  {
    id: 'onderwijsroute-betalend-swv',
    titel: 'Onderwijsroute: elk betalend samenwerkingsverband beheert de pot van zijn eigen leerlingen (standaard)',
    tekst:
      'Standaard beheert in de onderwijsroute elk betalend samenwerkingsverband de pot van zijn eigen leerlingen: het zorggeld van een leerling gaat precies naar het samenwerkingsverband van die leerling, en dat betaalt elke school de pot van zijn leerlingen daar. Een school met leerlingen uit meer gebieden heeft zo meer loketten: het grootste bezwaar tegen deze route (r. 4873). Een gemeente met een andere verdeelsleutel dan "eigen leerlingen" betaalt elk samenwerkingsverband naar zijn aandeel in het gemeentelijke deel van de pot (eigen kosten van de deelnemers en herverdeelde kosten); wat zij als vestigingsgemeente of met verrekening betaalt, volgt de leerlingen waarvoor zij betaalt. De alternatieven: het samenwerkingsverband van de school beheert de hele pot van de school, of één penvoerder.',
  },
  {
    id: 'pgb',
    titel: 'Pgb: in de pot of bij de ouders',
    tekst:
      'Een deel van de zorg wordt nu met een persoonsgebonden budget betaald: Wlz 52%, Jeugdwet 24%, Zvw 2% (figuur 2.5, r. 2669–2671 en r. 5025–5029; Wmo 0%: aanname, het rapport noemt geen cijfer). Standaard gaat ook het pgb-deel in de pot (het collectieve scenario van een nieuwe wet). De voorinstelling "Huidige wetgeving" laat elk pgb bij de ouders: het Wlz-experiment gaat alleen over zorg in natura (r. 3402) en ouders beslissen over hun pgb (r. 3827). Wat individueel per pgb betaald wordt, loopt van de financier via "Ouders (pgb)" naar de school en haar zorgaanbieders; de ouders zijn één loket.',
  },
  {
    id: 'buiten-scope',
    titel: 'Zorg buiten de scope verdwijnt niet',
    tekst:
      'Nu wordt elke taak betaald (breed). Een smallere scope haalt taken uit de pot, maar maakt ze niet gratis: smallere scenario\'s laten taken weg "omdat ze als onderwijstaak worden aangemerkt" (r. 2874). Standaard blijven de huidige financiers die zorg individueel betalen; met "wordt onderwijs" betalen de scholen haar, en staan zij als "Scholen (onderwijs)" bij de bijdragen. Het onderwijsdeel in de pot (onderwijsbijdragePct) geldt alleen voor de onderwijskosten van de taken binnen de scope.',
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
      'De keuze voor leerlingen van buiten de regio gaat over de kosten van hun woongemeente (Jeugdwet, Wmo). Bij "individueel" (standaard) blijven die buiten de pot; bij "verrekening" betaalt de woongemeente haar eigen kosten in de pot, maar zij telt niet mee in de verdeelsleutel. Zet de variant zo\'n gemeente op "doet niet mee", dan blijven haar kosten ook bij verrekening individueel. Hun Wlz-, Zvw- en Wpg-kosten betalen het zorgkantoor, de zorgverzekeraars en de gemeenten via de GGD van de regio, zoals bij alle leerlingen.',
  },
  {
    id: 'verdeelsleutel-zorggebruik',
    titel: 'Verdeelsleutel eigen leerlingen',
    tekst:
      'Elke deelnemende gemeente betaalt precies de kosten van haar eigen leerlingen, per kader (= wat zij nu betaalt), berekend met de landelijke normen (of met haar historische uitgaven als de rekenbasis realisatie is). Worden kosten van niet-deelnemers herverdeeld, dan draagt zij daarvan een deel naar rato van de kosten van haar eigen leerlingen.',
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
    titel: 'Mix van eigen leerlingen en jeugdigen',
    tekst:
      'Aandeel = α × aandeel in de kosten van de eigen leerlingen + (1 − α) × aandeel in de inwoners van 0–17 jaar, beide over de deelnemers. Standaard α = 0,5.',
  },
  {
    id: 'verdeelsleutel-gewicht-nul',
    titel: 'Verdeelsleutel zonder gewicht',
    tekst:
      'Geeft de verdeelsleutel alle deelnemers samen gewicht 0 (bijvoorbeeld geen inwoners ingevuld, of alleen 0%-percentages bij de deelnemers), dan verdelen we het gemeentelijk deel in gelijke delen over de deelnemers en melden dat.',
  },
  {
    id: 'verdeelsleutel-normkosten',
    titel: 'Verdeelsleutel normkosten',
    tekst:
      'Bij "normkosten" betaalt een deelnemende gemeente naar de kosten van haar eigen leerlingen in de pot volgens de landelijke norm (op het gekozen prijspeil, zonder realisatie), gedeeld door die van alle deelnemers (rekenmodel-v2 §9). Met de norm als rekenbasis geeft dat dezelfde bijdragen als zorggebruik; met de realisatie als rekenbasis schuift elke gemeente naar wat de norm van haar leerlingen vraagt.',
  },
  {
    id: 'prijspeil',
    titel: 'Prijspeil',
    tekst:
      'De landelijke normen zijn bedragen in prijzen van 2022. Kiest de regio een ander prijspeil, dan vermenigvuldigt de app elk normbedrag met de indexfactor van dat jaar (ten opzichte van 2022) en een realisatie over jaar j met index(prijspeil) / index(j). 2022 heeft index 1 als de regio niets anders invult; ontbreekt de factor van een ander jaar dat nodig is, dan meldt de app dat jaar. Zonder eigen prijspeil staat overal "prijspeil 2022".',
  },
  {
    id: 'kalibratie',
    titel: 'Norm en realisatie: de kalibratiefactor',
    tekst:
      'Per financier en kader deelt de app wat hij werkelijk uitgaf (op prijspeil) door de normkosten van al zijn leerlingen, alle taken (rekenmodel-v2 §9). Een regel met school geldt voor die school; een regel zonder school is het totaal van de financier en geldt, na aftrek van zijn schoolregels, voor zijn overige scholen. Een regel die niet te gebruiken is (norm € 0 bij een realisatie boven € 0, of een negatieve uitkomst) telt helemaal niet mee, alsof hij er niet stond: zijn bedrag gaat ook niet af van het totaal, en zijn school hoort bij de overige scholen; de app meldt welke regel het is. Verschillen van minder dan een halve cent gelden als nul.',
  },
  {
    id: 'rekenbasis',
    titel: 'Rekenbasis: norm of realisatie',
    tekst:
      'Standaard rekent de app met de landelijke norm. Met de realisatie als rekenbasis vermenigvuldigt zij alle kosten van een financier en kader met zijn factor, voor alle taken gelijk, zodat elke scope zijn verhoudingen houdt; "nu" is dan wat de financier werkelijk uitgaf en zorggebruik betekent historisch verbruik. Scholen en financiers zonder realisatie blijven op de norm en zijn gemarkeerd.',
  },
  {
    id: 'herverdeeleffect',
    titel: 'Herverdeeleffect per gemeente',
    tekst:
      'Het herverdeeleffect van een gemeente is haar bijdrage aan de pot in een route (met haar deel van de uitvoeringskosten) min wat zij nu betaalt voor het deel dat in de pot gaat: positief is nadeel, negatief voordeel. Per inwoner van 0 tot en met 17 jaar waar de gemeente inwoners heeft.',
  },
  {
    id: 'ingroeipad',
    titel: 'Ingroeipad: van zorggebruik naar de verdeelsleutel',
    tekst:
      'Het ingroeipad (rekenmodel-v2 §10) gaat over de deelnemende gemeenten in de regio, dezelfde die de verdeelsleutel dragen. Start en doel zijn de bijdrage aan de pot onder de verdeelsleutel eigen leerlingen (zorggebruik) en onder de gekozen verdeelsleutel, zonder uitvoeringskosten: die bijdrage is in elke route gelijk (alleen de uitvoeringskosten verschillen per route), dus het pad geldt voor alle routes. Wat een gemeente als vestigingsgemeente voor niet-deelnemers betaalt, zit in start en doel. Jaar 1 is het eerste jaar van de nieuwe verdeling; het pad eindigt in het eerste jaar vanaf het gekozen aantal jaren waarin elke gemeente op minder dan € 1 van haar doel zit, en duurt hoogstens 20 jaar (anders meldt de app dat het doel niet wordt bereikt).',
  },
  {
    id: 'centrumgemeente',
    titel: 'Budgethouder van de gemeenteroute',
    tekst:
      'De centrumgemeente uit de variant; anders de centrumgemeente van het regio-bestand; zonder centrumgemeente de gemeente in de regio met de meeste inwoners van 0–17 jaar.',
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
      'Per route een percentage van de pot, standaard 0%: de bronnen noemen geen bedrag. De financiers betalen ze naar rato van hun bijdrage aan de pot; de budgethouder houdt ze (het zijn zijn kosten). Voor elke budgethouder geldt: wat binnenkomt plus zijn eigen bijdrage = wat naar de scholen en hun zorgaanbieders gaat plus de uitvoeringskosten. Scholen zijn geen rechtspersonen en kunnen zelf geen zorg inkopen (r. 4851): het geld voor een school betaalt de zorg die haar zorgaanbieders op school leveren. De huidige situatie heeft geen budgethouder en geen uitvoeringskosten.',
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
