package io.newsflow.app.bench.corpus;

import java.util.List;

/**
 * The names and sentence patterns generated articles are made of. Names are real-shaped (common first
 * names and surnames, organisations named the way real ones are, real places) so the NER model meets
 * what it meets in live news; combining them keeps most rules and most people rare, as in a real stream.
 * Slots: {P} a person's full name, {S} the surname of a person already named, {O} an organisation,
 * {L} a city, {C} a country, {N} a number, {D} a weekday, {R} a role.
 */
final class NewsVocabulary {
    static final List<String> FIRST_NAMES = List.of(
            "James", "Maria", "David", "Sarah", "Michael", "Anna", "Robert", "Elena", "Thomas", "Laura",
            "Daniel", "Sofia", "Peter", "Julia", "Andrew", "Fatima", "Richard", "Aisha", "Stefan", "Ingrid",
            "Jonathan", "Priya", "Mark", "Olga", "Carlos", "Yuki", "Ahmed", "Helen", "Pierre", "Rachel",
            "Kwame", "Emma", "Lars", "Mei", "Viktor", "Grace", "Rahul", "Claire", "Tomasz", "Nadia",
            "Samuel", "Ines", "Oliver", "Leila", "Marco", "Hannah", "Dmitri", "Chloe", "Kofi", "Isabel");
    static final List<String> SURNAMES = List.of(
            "Smith", "Schmidt", "Johnson", "Kowalski", "Williams", "Rossi", "Brown", "Dubois", "Garcia", "Nakamura",
            "Miller", "Petrov", "Davis", "Haddad", "Wilson", "Okafor", "Anderson", "Lindqvist", "Taylor", "Moreau",
            "Thomas", "Novak", "Martin", "Fischer", "Harris", "Ivanova", "Clarke", "Mensah", "Lewis", "Romano",
            "Walker", "Jensen", "Hall", "Kaur", "Young", "Bianchi", "King", "Sato", "Wright", "Nowak",
            "Green", "Hassan", "Baker", "Larsen", "Adams", "Silva", "Nelson", "Weber", "Carter", "Mendez");
    static final List<String> ORGANISATIONS = List.of(
            "European Commission", "World Health Organization", "International Monetary Fund", "United Nations",
            "European Central Bank", "Federal Reserve", "Bank of England", "NATO", "World Bank", "Red Cross",
            "Northbridge Capital", "Helix Pharmaceuticals", "Atlas Motors", "Meridian Energy", "Blue Harbor Airlines",
            "Orion Telecom", "Summit Steel", "Vantage Semiconductors", "Greenfield Foods", "Crescent Bank",
            "Ministry of Defence", "Ministry of Finance", "Supreme Court", "Department of Justice", "Interpol",
            "Manchester United", "Real Madrid", "Bayern Munich", "Olympique Lyonnais", "Juventus",
            "Amnesty International", "Greenpeace", "Reuters", "Stanford University", "Oxford University");
    static final List<String> CITIES = List.of(
            "London", "Paris", "Berlin", "Madrid", "Rome", "Warsaw", "Kyiv", "Moscow", "Istanbul", "Cairo",
            "Lagos", "Nairobi", "Johannesburg", "Mumbai", "Delhi", "Beijing", "Shanghai", "Tokyo", "Seoul", "Jakarta",
            "Sydney", "Toronto", "Chicago", "Houston", "Brussels", "Geneva", "Vienna", "Stockholm", "Lisbon", "Athens",
            "Buenos Aires", "Mexico City", "Lima", "Manila", "Karachi", "Tehran", "Baghdad", "Dubai", "Hamburg", "Milan");
    static final List<String> COUNTRIES = List.of(
            "France", "Germany", "Spain", "Italy", "Poland", "Ukraine", "Russia", "Turkey", "Egypt", "Nigeria",
            "Kenya", "South Africa", "India", "China", "Japan", "South Korea", "Indonesia", "Australia", "Canada",
            "Brazil", "Argentina", "Mexico", "Sweden", "Norway", "Greece", "Portugal", "Iran", "Iraq", "Pakistan");
    static final List<String> ROLES = List.of(
            "Prime Minister", "President", "Finance Minister", "chief executive", "spokesperson", "governor",
            "Foreign Minister", "coach", "senior economist", "mayor", "chief scientist", "opposition leader");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final List<String> SOURCES = List.of("Daily Ledger", "Morning Wire", "Global Times Review", "City Herald", "Continental Post");
    static final List<String> TOPIC_WORDS = List.of(
            "inflation", "ceasefire", "earthquake", "election", "merger", "vaccine", "tariffs", "strike", "flooding",
            "budget", "sanctions", "transfer", "wildfire", "interest rates", "protest", "drought", "cyberattack", "summit");

    static final List<String> HEADLINES = List.of(
            "{P} warns of {T} as talks in {L} stall",
            "{O} faces questions over {T} after {D} meeting",
            "{C} braces for {T} as {O} issues warning",
            "{P} named {R} of {O}",
            "Thousands join {T} in {L} as {P} calls for calm",
            "{O} shares slide on {T} fears",
            "{P} and {P} meet in {L} to discuss {T}");
    static final List<String> SENTENCES = List.of(
            "{P}, the {R} of {C}, told reporters in {L} on {D} that the government would not back down.",
            "Speaking after a meeting with officials from the {O}, {S} said the country faced a difficult winter.",
            "The {O} said in a statement that it expected growth of {N} percent this year, down from an earlier forecast.",
            "Analysts at {O} said the decision reflected growing concern about {T} across {C} and its neighbours.",
            "Police in {L} said {N} people had been detained after clashes near the parliament building late on {D}.",
            "{S} declined to comment on reports that {P} had offered to resign.",
            "The agreement, signed in {L} by {P} and {P}, still needs the approval of the {O}.",
            "Residents of {L} described scenes of chaos as emergency crews worked through the night.",
            "{P}, who has led {O} since {Y}, said the company would cut {N} jobs over the next two years.",
            "Shares in {O} fell {N} percent in early trading in {L} after the announcement.",
            "Officials in {C} said the {T} had affected at least {N} households, most of them in rural areas.",
            "The {R} of {C}, {P}, is expected to travel to {L} next week for talks with the {O}.",
            "{S} scored twice in the second half as {O} beat their rivals {N}-1 in front of a crowd in {L}.",
            "According to figures published by the {O} on {D}, prices rose {N} percent in the year to October.",
            "Critics, including {P} of {O}, said the plan did too little and came too late.",
            "The {O} has called for an independent investigation into the events in {L}.",
            "In an interview, {S} said the talks had been constructive but that significant differences remained.",
            "Diplomats from {C} and {C} are due to meet in {L} to discuss the {T} and the wider region.",
            "Researchers at {O} said the results of the trial, involving {N} volunteers, were encouraging.",
            "A spokesperson for the {O} said it was monitoring the situation in {C} closely.",
            "The move was welcomed by {P}, the {R} of {L}, who said it would protect thousands of jobs.",
            "Markets in {L} and {L} closed lower as investors weighed the risk of further {T}.",
            "{S} said the government in {C} would present a revised budget to parliament before the end of the month.",
            "Witnesses said the fire started shortly after midnight and spread quickly through the old town of {L}.",
            "It was not immediately clear how many people had been affected, the {O} said.",
            "The dispute has strained relations between {C} and {C} for more than a decade.",
            "\"We are not going to accept this,\" {S} said, adding that the {O} had been informed of the decision.",
            "The {O} will review its forecast for {C} at its next meeting in {L}.");

    /** Paragraphs in other languages: a stream carries them, and enrich must recognise and pass them. */
    static final List<List<String>> FOREIGN = List.of(
            List.of("de", "Die Regierung in Berlin hat am Montag neue Maßnahmen gegen die steigenden Preise angekündigt.",
                    "Nach Angaben des Ministeriums sollen vor allem Familien mit kleinen Einkommen entlastet werden.",
                    "Die Opposition kritisierte den Plan als unzureichend und forderte weitere Gespräche im Bundestag.",
                    "Wirtschaftsforscher rechnen damit, dass die Inflation im kommenden Jahr langsam zurückgehen wird.",
                    "In mehreren Städten gingen am Wochenende Tausende Menschen auf die Straße."),
            List.of("fr", "Le gouvernement a présenté mercredi un projet de loi destiné à réduire le déficit public.",
                    "Selon le ministre, les dépenses de l'État devront baisser de plusieurs milliards d'euros.",
                    "Les syndicats ont appelé à une journée de grève dans les transports la semaine prochaine.",
                    "Plusieurs économistes estiment que la croissance restera faible jusqu'à la fin de l'année.",
                    "Des milliers de personnes ont manifesté samedi dans les rues de Paris et de Lyon."),
            List.of("es", "El Gobierno aprobó el martes un nuevo paquete de ayudas para los agricultores afectados por la sequía.",
                    "Según el ministerio, las ayudas llegarán a más de veinte mil explotaciones en todo el país.",
                    "Las organizaciones agrarias consideran que la medida llega tarde y resulta insuficiente.",
                    "Los embalses se encuentran al nivel más bajo registrado en las últimas tres décadas.",
                    "El presidente regional pidió una reunión urgente con el ministro de Agricultura."));

    private NewsVocabulary() {
    }
}
