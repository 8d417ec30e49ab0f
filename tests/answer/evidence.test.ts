import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/corpus/lexicon.js';
import { evidenceSentences, namesNoneAsked } from '../../src/answer/evidence.js';
import { queryTerms } from '../../src/answer/query.js';

beforeAll(() => loadLexicon());

/** The evidence of a made-up passage, every word weighing the same. */
const evidence = (question: string, passage: string) => evidenceSentences(passage, { start: 0, end: passage.length }, queryTerms(question), () => 1);

const GROUPS =
  'Elk bestuur organiseerde drie participatiemomenten. Daarnaast richtten elf besturen een lokale klankbordgroep op. In Brielmeer werkt het bestuur samen met vzw Stemkracht.';

describe('evidenceSentences: the sentences that carry the question\'s matter', () => {
  it('are those that cover most of its words', () => {
    expect(evidence('Welke gemeenten richtten een klankbordgroep op?', GROUPS)).toEqual(['Daarnaast richtten elf besturen een lokale klankbordgroep op.']);
  });

  it('take along what they open: a list after a colon, a sentence that leans on them, a count that narrows theirs', () => {
    const list = 'Een jury selecteerde 16 actieplannen. Het gaat om Zandemeer, Haverdonk en Brielmeer.';
    expect(evidence('Welke actieplannen selecteerde de jury?', list)).toHaveLength(2);
    const narrowed = 'Op de oproep Eerlijk Huren dienden negen besturen een aanvraag in. Vier besturen werden geselecteerd: Lindeveld en Brakelhoven.';
    expect(evidence('Welke besturen dienden een aanvraag in voor Eerlijk Huren?', narrowed)).toHaveLength(2);
    expect(evidence('Welke gemeenten richtten een klankbordgroep op?', GROUPS)).not.toContain('In Brielmeer werkt het bestuur samen met vzw Stemkracht.');
    // A demonstrative points back: "Die begeleiding" is the guidance of the sentence before.
    const pointing = 'In 2023 werden 2.380 nieuwkomers begeleid bij het zoeken naar een woning. Die begeleiding wordt aangeboden door vzw Dakwerk en vzw Huiskamer.';
    const question = 'Welke vzw\'s begeleiden nieuwkomers bij het zoeken naar een woning?';
    expect(evidence(question, pointing)).toHaveLength(2);
    expect(namesNoneAsked(evidence(question, pointing), question)).toBeNull();
  });

  it('take along the sentence before, where theirs points back to it ("Daarin …")', () => {
    const pilot = 'Wel start in september 2024 het proefproject Sleutel in Zicht in Ravelsmeer, Kapelsmeer en Vlasbeke. Daarin starten trajectbegeleiders al tijdens het verblijf in de opvang met de zoektocht naar een woning.';
    const question = 'In welke gemeenten starten trajectbegeleiders al tijdens het verblijf in de opvang met de zoektocht naar een woning?';
    expect(evidence(question, pilot)).toHaveLength(2);
    expect(namesNoneAsked(evidence(question, pilot), question)).toBeNull();
    // "Daarnaast" adds; it points back to nothing.
    expect(evidence(question, pilot.replace('Daarin', 'Daarnaast'))).toHaveLength(1);
  });

  it('are none when no sentence shares a word with the question', () => {
    expect(evidence('Welke sportclubs deden mee?', GROUPS)).toEqual([]);
  });
});

describe('namesNoneAsked: names of several things asked, none given where the matter stands', () => {
  it('holds when the sentences about the matter count and name nothing, though the passage names something elsewhere', () => {
    const question = 'Welke gemeenten richtten een klankbordgroep op?';
    expect(namesNoneAsked(evidence(question, GROUPS), question)).toEqual({ countOnly: true });
  });

  it('holds for a plural English puts after adjectives, counted by a compound of the passage', () => {
    const question = 'Which twelve cultural centres host the touring exhibition Tussen Twee Talen?';
    const passage = 'Sinds oktober 2024 reist de tentoonstelling ‘Tussen Twee Talen’, met werk van 27 kunstenaars, langs twaalf cultuurcentra.';
    expect(namesNoneAsked(evidence(question, passage), question)).toEqual({ countOnly: true });
  });

  it('holds when the names given are the ones the question sets apart, and the others are only counted', () => {
    const passage = 'De meeste babygroepen vonden plaats in Haverzele, Molenvoorde en Rietbrugge; de overige in 31 andere gemeenten.';
    const apart = 'Apart from Haverzele, Molenvoorde and Rietbrugge, in which municipalities are baby groups held?';
    expect(namesNoneAsked(evidence(apart, passage), apart)).toEqual({ countOnly: true });
    const all = 'In which municipalities are baby groups held?';
    expect(namesNoneAsked(evidence(all, passage), all)).toBeNull();
  });

  it('reads where people come from as named by an origin, and a count of where as no name', () => {
    const asked = 'Uit welke negen hogescholen komen de studenten die in de zomerscholen lesgeven?';
    expect(namesNoneAsked(evidence(asked, 'In de zomer gaven 1.046 studenten les; de studenten kwamen uit negen hogescholen.'), asked)).toEqual({ countOnly: true });
    const countries = 'Uit welke landen komen de studenten?';
    expect(namesNoneAsked(evidence(countries, 'De meeste studenten komen uit Syrië en Afghanistan.'), countries)).toBeNull();
  });

  it('holds when those sentences neither name nor count what was asked', () => {
    const question = 'Welke bedrijven kregen een boete na de praktijktesten?';
    const passage =
      'De praktijktesten werden uitgevoerd door de Hogeschool Lindeveld. Het opleggen van een boete na de praktijktesten is een bevoegdheid van de federale overheid.';
    expect(namesNoneAsked(evidence(question, passage), question)).toEqual({ countOnly: false });
  });

  it('reads past a hyphenated adjective, a number word or "zijn de" before the kind asked', () => {
    for (const question of ['Welke West-Vlaamse gemeenten richtten een klankbordgroep op?', 'Welke elf gemeenten richtten een klankbordgroep op?', 'Welke zijn de elf gemeenten die een klankbordgroep oprichtten?']) {
      expect(namesNoneAsked(evidence(question, GROUPS), question)).toEqual({ countOnly: true });
    }
  });

  it('holds when the sentence counts the kind asked and its only names are of other things', () => {
    const question = 'Welke rijscholen werken mee aan de verkeerslessen?';
    const passage = 'De verkeerslessen worden gegeven door de vzw Wegwijzer, in samenwerking met elf erkende rijscholen uit de drie regio\'s.';
    expect(namesNoneAsked(evidence(question, passage), question)).toEqual({ countOnly: true });
    // Names right after the counted kind are its names.
    const named = 'De verkeerslessen worden gegeven door de vzw Wegwijzer, in samenwerking met twee rijscholen: Vlot en Veilig.';
    expect(namesNoneAsked(evidence(question, named), question)).toBeNull();
    // So are the names of a list the sentence opens with a colon.
    const listed = 'In 2023 werken elf erkende rijscholen mee aan de verkeerslessen: Vlot, Veilig en Wegwijs.';
    expect(namesNoneAsked(evidence(question, listed), question)).toBeNull();
  });

  it('holds for a request to list them ("List the 28 municipalities …")', () => {
    const question = 'List the 28 municipalities where digicoaches can book an appointment directly.';
    const passage = 'Daarover werden afspraken gemaakt met de 28 gemeenten waar een uitleenpunt bestaat.';
    expect(namesNoneAsked(evidence(question, passage), question)).toEqual({ countOnly: true });
    expect(namesNoneAsked(evidence(question, `${passage} Het gaat om Dennegem, Vlasbeke en Torenhout.`), question)).toBeNull();
  });

  it('holds for a list item that counts the kind: the next item is a sibling, not its names', () => {
    const question = 'Which four community health centres receive the subsidy?';
    const items = ['- vier wijkgezondheidscentra krijgen een toelage voor zorg aan onverzekerde patiënten;', '- de vzw Open Spreekuur organiseert spreekuren op acht plaatsen;'];
    expect(namesNoneAsked(items, question, items)).toEqual({ countOnly: true });
    // A sentence that counts them, followed by one that names them, still names them.
    const prose = ['Vier wijkgezondheidscentra krijgen een toelage.', 'Het gaat om De Brug, Het Anker, Oase en Horizon.'];
    expect(namesNoneAsked(prose, question, prose)).toBeNull();
  });

  it('does not hold when the count is of the others, after names of the kind', () => {
    const question = 'Welke gemeenten richtten een klankbordgroep op?';
    const passage = 'De meeste klankbordgroepen werden opgericht in Zandemeer (12), Haverdonk (9) en Brielmeer (7); de andere in 14 andere gemeenten.';
    expect(namesNoneAsked(evidence(question, passage), question)).toBeNull();
    // Unless the others are asked: their names are not given.
    const others = 'Welke zijn de 14 andere gemeenten met een klankbordgroep?';
    expect(namesNoneAsked(evidence(others, passage), others)).toEqual({ countOnly: true });
    // Or asked by their names, after an adjective or two: "Hoe heten de 55 andere sociale kruideniers".
    const shops = 'De grootste sociale kruideniers waren De Korf in Lindemeer en De Buurtwinkel in Ossenhage; de 55 andere sociale kruideniers telden elk minder dan 250 klanten.';
    const named = 'Hoe heten de 55 andere sociale kruideniers?';
    expect(namesNoneAsked(evidence(named, shops), named)).toEqual({ countOnly: true });
    // Names that follow the count after what opens a list and an article are its names; a count alone names none.
    const languages = 'Which languages do the coaches speak?';
    expect(namesNoneAsked(evidence(languages, 'De coaches spreken samen 17 talen, onder meer het Arabisch, het Dari en het Somalisch.'), languages)).toBeNull();
    expect(namesNoneAsked(evidence(languages, 'De coaches spreken samen 17 talen.'), languages)).toEqual({ countOnly: true });
  });

  it('holds when the only names are those the question gives, in its own language or the other', () => {
    const question = 'Which six municipalities in the Westhoek and the Flemish Ardennes joined Klankbord in 2025?';
    const passage = 'Sinds januari 2025 loopt Klankbord ook in zes gemeenten in de Westhoek en de Vlaamse Ardennen.';
    expect(namesNoneAsked(evidence(question, passage), question)).toEqual({ countOnly: true });
  });

  it('does not hold when a count is followed by its names', () => {
    const question = 'Welke besturen dienden een aanvraag in voor Eerlijk Huren?';
    const passage = 'Op de oproep Eerlijk Huren dienden negen besturen een aanvraag in. Vier besturen werden geselecteerd: Lindeveld en Brakelhoven.';
    expect(namesNoneAsked(evidence(question, passage), question)).toBeNull();
  });

  it('applies to names of several things only', () => {
    const passage = 'In 2024 kregen 2.600 seizoenarbeiders een vergunning.';
    expect(namesNoneAsked(evidence('Welke organisatie gaf de vergunning?', passage), 'Welke organisatie gaf de vergunning?')).toBeNull();
    // A count of the people names no place they come from.
    expect(namesNoneAsked(evidence('Uit welke landen komen de seizoenarbeiders?', passage), 'Uit welke landen komen de seizoenarbeiders?')).toEqual({ countOnly: true });
    expect(namesNoneAsked(evidence('Welke seizoenarbeiders kregen een vergunning?', passage), 'Welke seizoenarbeiders kregen een vergunning?')).toEqual({ countOnly: true });
  });
});

describe('namesNoneAsked: a count the question gives pins the set asked', () => {
  it('"In which 14 languages" is the set the sentence with "14 talen" counts: a name in another sentence is no language', () => {
    const passage = 'Elke groep wordt begeleid door een medewerker van het Huis van het Kind en een brugfiguur die de taal van de ouders spreekt. In 2024 werden de groepen in 14 talen gegeven, en waren 37 brugfiguren actief.';
    const question = 'In which 14 languages are the parent groups run?';
    const sentences = passage.split(/(?<=\.) /);
    expect(namesNoneAsked(evidence(question, passage).slice(0, 1), question, sentences)).toEqual({ countOnly: true });
    // The languages listed after the count are named.
    const listed = [sentences[0]!, 'In 2024 werden de groepen in 14 talen gegeven, onder meer het Arabisch, het Dari en het Tigrinya.'];
    expect(namesNoneAsked(listed.slice(0, 1), question, listed)).toBeNull();
  });

  it('"which five" beside one language named and "vijf andere talen" asks the other five, which are not named', () => {
    const sentence = 'Het examen kan in het Nederlands of in vijf andere talen worden afgelegd.';
    expect(namesNoneAsked([sentence], 'In which five languages can the exam be taken?', [sentence])).toEqual({ countOnly: true });
    // Without the count asked, the language named is a name of the kind.
    expect(namesNoneAsked([sentence], 'In which languages can the exam be taken?', [sentence])).toBeNull();
  });
});
