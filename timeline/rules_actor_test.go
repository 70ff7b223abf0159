package timeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// actorCase is a text, the type of the event looked at (the first of that
// type), the actors it must name and those it must not.
type actorCase struct {
	name string
	text string
	typ  timeline.EventType
	want []string
	not  []string
	in   string // when set, the event read from the sentence containing it
}

func TestActorRules(t *testing.T) {
	tests := []actorCase{
		// a state written before a person's title takes part in its act
		{"possessive state before a signer", "Ghana's President Nana Akufo-Addo signed the protocol in Accra on Monday.",
			timeline.Agreement, []string{"Nana Akufo-Addo", "Ghana"}, nil, ""},
		{"abbreviation before a signer", "U.S. Trade Representative Katherine Tai signed the accord with Kenya on Friday.",
			timeline.Agreement, []string{"United States", "Kenya"}, nil, ""},
		{"demonym before an envoy's expeller", "Polish Foreign Minister Radoslaw Sikorski expelled three Belarusian diplomats on Tuesday.",
			timeline.OtherDiplomatic, []string{"Radoslaw Sikorski", "Poland"}, nil, ""},
		{"a visitor's own state stays out", "Chilean President Gabriel Boric arrived in Madrid on Monday for a state visit.",
			timeline.Visit, []string{"Gabriel Boric", "Spain"}, []string{"Chile"}, ""},
		{"a talker's own state stays out", "Kenyan President William Ruto met Prime Minister Narendra Modi in New Delhi on Tuesday.",
			timeline.Meeting, []string{"William Ruto", "Narendra Modi"}, []string{"Kenya"}, ""},
		{"a commenting speaker's state stays out", "Peru and Ecuador signed a border accord on Monday, said Brazilian President Luiz Inacio Lula da Silva.",
			timeline.Agreement, []string{"Peru", "Ecuador"}, []string{"Brazil", "Luiz Inacio Lula da Silva"}, ""},
		{"a signer 'of' a state named earlier", "President Yoweri Museveni of Uganda arrived in Nairobi on Monday. Museveni signed the pipeline accord on Tuesday.",
			timeline.Agreement, []string{"Yoweri Museveni", "Uganda"}, nil, ""},
		{"a state after 'to' in an act is a party", "The alliance will extend an invitation to Moldova to join when conditions are met, NATO said on Tuesday.",
			timeline.OtherDiplomatic, []string{"Moldova"}, nil, ""},
		{"a summit co-chaired by two leaders", "Leaders from 30 Asian states will gather in Astana on Friday for the first Central Asia–China summit, co-chaired by Xi Jinping and Kazakhstan's President Kassym-Jomart Tokayev.",
			timeline.Summit, []string{"Xi Jinping", "Kassym-Jomart Tokayev"}, nil, ""},
		// plural references to states named before
		{"the four countries of a list", "Kenya, Uganda, Tanzania and Rwanda signed a customs pact with Burundi on Monday. The four countries severed diplomatic ties with Eritrea in June 2019.",
			timeline.OtherDiplomatic, []string{"Kenya", "Uganda", "Tanzania", "Rwanda", "Eritrea"}, []string{"Burundi"}, ""},
		{"the two countries the text is about", "Kenya and Ethiopia share a long border. Somalia was not invited. Kenya's foreign minister flew to Addis Ababa on Monday. The two countries signed a water-sharing accord on Tuesday.",
			timeline.Agreement, []string{"Kenya", "Ethiopia"}, []string{"Somalia"}, ""},
		{"the two governments after capitals", "Hanoi and Manila have quarrelled over reefs for years, while Beijing watched. Hanoi will drop its complaint and Manila will lift its tariffs. The two governments signed a coast guard accord on Friday.",
			timeline.Agreement, []string{"Vietnam", "Philippines"}, nil, ""},
		// a definite summit is the one of the organisation the text is about
		{"the summit itself", "ASEAN foreign ministers met in Jakarta on Monday. ASEAN leaders arrive on Wednesday. Prime Minister Anwar Ibrahim will attend the summit itself on Friday.",
			timeline.Summit, []string{"ASEAN"}, nil, ""},
		{"the leaders' annual summit", "The Pacific Islands Forum opened its meeting in Suva on Monday, and the forum's ministers debated fisheries. Pacific Islands Forum leaders said Prime Minister Sitiveni Rabuka will host the leaders' annual summit in September.",
			timeline.Summit, []string{"Pacific Islands Forum"}, nil, ""},
		{"an informal summit of two is not the bloc's", "The SCO summit in Astana ended on Thursday, and SCO leaders signed a declaration. Nawaz Sharif and Narendra Modi last sat down together at the informal summit in Ufa in July 2015.",
			timeline.Summit, nil, []string{"SCO"}, "Ufa"},
		// plural references to people named before
		{"their summit: the pair the text is about", "Shinzo Abe telephoned Vladimir Putin on Monday, and Abe said Putin had promised talks on the islands. Abe thanked Putin warmly. Fumio Kishida, the foreign minister, was told later. At their next summit, in Vladivostok in September, Abe hopes to settle the dispute.",
			timeline.Summit, []string{"Shinzo Abe", "Vladimir Putin"}, []string{"Fumio Kishida"}, ""},
		{"the two leaders are office holders", "President Ilham Aliyev and Prime Minister Nikol Pashinyan will sign the text at the White House. The deal creates the Trump Route for transit. The two leaders had met in Abu Dhabi last month.",
			timeline.Meeting, []string{"Ilham Aliyev", "Nikol Pashinyan"}, []string{"Trump Route"}, "Abu Dhabi"},
		{"the two ministers are ministers", "Foreign Minister Prince Ahmed bin Salem of Oman met Foreign Minister Li Wen in Muscat on Monday. Talks between the envoys Omar Haddad and Chen Bo followed. The two ministers will meet again in June.",
			timeline.Meeting, []string{"Ahmed bin Salem", "Li Wen"}, []string{"Omar Haddad", "Chen Bo"}, "again"},
		{"a valley is no person", "Indian and Chinese troops clashed in the Galwan Valley in 2020. Prime Minister Narendra Modi met President Xi Jinping in Kazan on Wednesday.",
			timeline.Meeting, []string{"Narendra Modi", "Xi Jinping"}, []string{"Galwan Valley"}, ""},
		{"the two leaders just named", "Olaf Scholz arrived in Beijing on Friday with Annalena Baerbock, and Baerbock said Scholz would raise trade. Scholz held talks with Li Qiang on Saturday. The two leaders then held a second meeting on Sunday.",
			timeline.Meeting, []string{"Olaf Scholz", "Li Qiang"}, []string{"Annalena Baerbock"}, "second meeting"},
		// the state the text is about
		{"the new state", "Montenegro declared independence on 3 June 2006. Montenegro's parliament met the same day. Russia established diplomatic relations with the new state on 11 June 2006.",
			timeline.OtherDiplomatic, []string{"Russia", "Montenegro"}, nil, ""},
		{"it joined after an admission", "Malta gained independence in 1964. Malta was admitted to the United Nations in December 1964, and it joined the Council of Europe in 1965.",
			timeline.Accession, []string{"Malta", "Council of Europe"}, []string{"UN"}, "Council"},
		{"their ministers, meeting", "The conference was called by four states: Ghana, Guinea, Mali and Morocco. Their foreign ministers, meeting in Accra in March 1961, drafted the agenda.",
			timeline.Meeting, []string{"Ghana", "Guinea", "Mali", "Morocco"}, nil, ""},
		{"its diplomats opening a sentence", "The United Nations sent observers. Norway offered to host the talks. Its diplomats held talks with both delegations in Oslo on Monday.",
			timeline.Meeting, []string{"Norway"}, []string{"UN"}, ""},
		{"the Gulf state", "Qatar hosted the talks in May. Qatar's emir met the envoys. The Gulf state expelled two Iranian diplomats on Monday.",
			timeline.OtherDiplomatic, []string{"Qatar", "Iran"}, nil, ""},
		{"the Baltic state", "Lithuania angered Beijing in 2021. Lithuania let Taiwan open an office. China recalled its ambassador from the Baltic state on 10 August 2021.",
			timeline.OtherDiplomatic, []string{"China", "Lithuania"}, nil, ""},
		{"a demonym before state stays the demonym's", "Pretoria said the South African state would sign the accord on Monday.",
			timeline.Agreement, []string{"South Africa"}, nil, ""},
		// an organisation by a description
		{"the 31-member alliance", "NATO leaders met in Vilnius. NATO said Sweden would join. Kyiv signed a security pact with the 31-member alliance on Wednesday.",
			timeline.Agreement, []string{"Ukraine", "NATO"}, nil, "Kyiv"},
		{"the expanded grouping", "BRICS leaders met in Kazan in October. BRICS welcomed new members. Iran joined the expanded grouping in January 2023.",
			timeline.Accession, []string{"Iran", "BRICS"}, nil, "Iran"},
		{"the city-state", "Singapore hosted the summit in June. Premier Li Qiang flew to the city-state on Sunday.",
			timeline.Visit, []string{"Li Qiang", "Singapore"}, nil, "Li Qiang"},
		{"the Gulf kingdom", "Bahrain hosted the talks in May. Kuwaiti and Bahraini officials said the Gulf kingdom would restore ties with Qatar on Monday.",
			timeline.OtherDiplomatic, []string{"Bahrain", "Qatar"}, nil, ""},
		{"an airport named with its capital's possessive", "Premier Li Qiang landed at Canberra's international airport on Saturday evening.",
			timeline.Visit, []string{"Li Qiang", "Australia"}, nil, ""},
		// states of the past keep their names
		{"historic states", "The Soviet Union and Yugoslavia restored diplomatic relations in June 1955.",
			timeline.OtherDiplomatic, []string{"Soviet Union", "Yugoslavia"}, nil, ""},
		{"a name of its time", "Burma and Ceylon established diplomatic relations in 1949.",
			timeline.OtherDiplomatic, []string{"Burma", "Ceylon"}, []string{"Myanmar"}, ""},
		// a visit told twice in one clause
		{"a visit repaid with a visit", "Kekkonen repaid the visit with an official visit to Sweden in April 1966.",
			timeline.Visit, []string{"Sweden"}, nil, ""},
		// places that stand for states
		{"a demonym capital as destination", "Prime Minister Abiy Ahmed flew to the Kenyan capital on Tuesday for talks.",
			timeline.Visit, []string{"Abiy Ahmed", "Kenya"}, nil, ""},
		{"the government in a capital", "Palau reaffirmed its ties with the government in Taipei on Monday, rejecting pressure to switch recognition.",
			timeline.OtherDiplomatic, []string{"Palau", "Taiwan"}, nil, ""},
		{"derived demonyms", "Senegalese and Mauritanian officials met in Dakar on Monday.",
			timeline.Meeting, []string{"Senegal", "Mauritania"}, nil, ""},
		{"irregular demonyms", "Ghanaian and Ivorian officials met in Accra on Monday.",
			timeline.Meeting, []string{"Ghana", "Ivory Coast"}, nil, ""},
		// more plural references
		{"the two prime ministers", "Pedro Sanchez welcomed Antonio Costa in Madrid on Monday. The two prime ministers signed a water accord on Tuesday.",
			timeline.Agreement, []string{"Pedro Sanchez", "Antonio Costa"}, nil, ""},
		{"the neighbours", "Armenia and Azerbaijan ended the war in November. The neighbours will reopen their embassies next month.",
			timeline.OtherDiplomatic, []string{"Armenia", "Azerbaijan"}, nil, ""},
		{"the four occupying powers", "The United States, Britain, France and the Soviet Union occupied Austria after 1945. The four occupying powers signed a state treaty with Austria on 15 May 1955.",
			timeline.Agreement, []string{"United States", "United Kingdom", "France", "Soviet Union", "Austria"}, nil, ""},
		// "they" after people named together as a subject
		{"they after a pair of people", "Ursula von der Leyen and Charles Michel opened the summit in Tokyo on Monday. They flew on to Seoul on Tuesday.",
			timeline.Visit, []string{"Ursula von der Leyen", "Charles Michel", "South Korea"}, nil, ""},
		{"they and a third signer", "Ursula von der Leyen and Charles Michel landed in Tokyo on Monday, and on Tuesday they and Prime Minister Fumio Kishida signed a digital partnership.",
			timeline.Agreement, []string{"Ursula von der Leyen", "Charles Michel", "Fumio Kishida"}, nil, ""},
		// pairs of states in compound adjectives
		{"demonyms joined by a dash", "The 2015 Saudi–Yemeni memorandum on the border was signed in Riyadh on 12 May 2015.",
			timeline.Agreement, []string{"Saudi Arabia", "Yemen"}, nil, ""},
		{"a combining form", "The Sino-Indian talks on the border opened in Beijing on Monday.",
			timeline.Meeting, []string{"China", "India"}, nil, ""},
		{"a demonym team", "A Qatari technical team will travel to Kabul next week.",
			timeline.Visit, []string{"Qatar", "Afghanistan"}, nil, ""},
		// "the four leaders" are office holders
		{"the four leaders after possessive states", "Prime Minister Anthony Albanese joined U.S. President Joe Biden, India's Narendra Modi and Japan's Fumio Kishida in Hiroshima on Saturday. Their officials praised Acme Labs and the Rockets Club in a note. In a joint statement on Sunday, the four leaders welcomed progress on cables.",
			timeline.Agreement, []string{"Anthony Albanese", "Joe Biden", "Narendra Modi", "Fumio Kishida"}, []string{"Acme Labs"}, ""},
		// a signer's state known from earlier in the text
		{"a signer's state from earlier", "Kenyan President William Ruto arrived in Addis Ababa on Monday. Ruto signed the water accord on Tuesday.",
			timeline.Agreement, []string{"William Ruto", "Kenya"}, nil, ""},
		// an arrival that names no place: the dateline's state
		{"flew in under a dateline", "NAIROBI, March 3 (Timeline Wire) — Kenya and Somalia agreed to reopen their border on Friday. Somali President Ali Mohamed Osman flew in on Thursday evening for the talks.",
			timeline.Visit, []string{"Ali Mohamed Osman", "Kenya"}, []string{"Somalia"}, ""},
		{"an arrival whose destination comes later", "BRUSSELS, May 5 (Timeline Wire) — Xi Jinping arrived on Monday for a state visit to France.",
			timeline.Visit, []string{"Xi Jinping", "France"}, []string{"Belgium"}, ""},
		{"landed after the capital was named", "Chinese envoys arrived in Nairobi on Sunday. Premier Li Qiang flew in on Monday morning.",
			timeline.Visit, []string{"Li Qiang", "Kenya"}, nil, "Premier"},
		{"never the visitor's own state", "Kenyan President William Ruto held talks in Nairobi on Sunday. Ruto flew in from Addis Ababa on Monday.",
			timeline.Visit, []string{"William Ruto"}, []string{"Kenya"}, "Ruto flew"},
		// people coordinated with the agent
		{"a coordinated pair of visitors", "The bloc's two most senior officials, Antonio Costa and Ursula von der Leyen, began the week at the summit in Tokyo on Monday.",
			timeline.Summit, []string{"Antonio Costa", "Ursula von der Leyen"}, nil, ""},
		// "it" after the act: the state the text is about
		{"recognises it", "Montenegro voted for independence in May 2006. Montenegro's parliament declared it on 3 June. Iceland recognised it on 8 June 2006.",
			timeline.OtherDiplomatic, []string{"Iceland", "Montenegro"}, nil, "Iceland"},
		// a ministerial meeting is the organisation's
		{"a ministerial meeting", "OPEC sets output for its members, and OPEC is based in Vienna. Oil ministers will hold a ministerial meeting in Riyadh on 4 June.",
			timeline.Meeting, []string{"OPEC"}, nil, ""},
		// "X followed": the same act towards the same party
		{"followed", "Panama cut diplomatic ties with Taiwan on 13 June 2017. The Dominican Republic followed in May 2018.",
			timeline.OtherDiplomatic, []string{"Dominican Republic", "Taiwan"}, nil, "Dominican"},
		{"followed within the week", "Chad cut ties with Taiwan in August 2006. Malawi followed within the week.",
			timeline.OtherDiplomatic, []string{"Malawi", "Taiwan"}, []string{"Chad"}, "Malawi"},
		{"together with", "Norway applied for membership in March 1962, together with Denmark.",
			timeline.OtherDiplomatic, []string{"Norway", "Denmark"}, nil, ""},
		{"alongside a state's leader", "The leaders of Spain and Portugal travelled to Rabat on Monday, together with Italy's prime minister, Giorgia Meloni.",
			timeline.Visit, []string{"Spain", "Portugal", "Morocco", "Italy", "Giorgia Meloni"}, nil, ""},
		{"a city named like a person is a place", "Prime Minister Li Qiang is due to attend a trade fair in Des Moines today, before flying to Los Angeles.",
			timeline.Visit, []string{"Li Qiang"}, []string{"Des Moines"}, ""},
		{"talks told again by a participle", "Gustavo Petro became the first Colombian leader in years to hold talks in Caracas, meeting President Nicolas Maduro at the Miraflores Palace on Monday.",
			timeline.Meeting, []string{"Gustavo Petro", "Nicolas Maduro"}, nil, ""},
		{"they after the two men", "Abiy Ahmed met Isaias Afwerki in Asmara in 2018. The Red Sea port has served the two men well. In July 2018 they agreed that embassies would reopen.",
			timeline.Agreement, []string{"Abiy Ahmed", "Isaias Afwerki"}, nil, "they agreed"},
		{"switched to a capital", "Kiribati cut ties with Taipei in 2019. The island switched to Beijing within the week.",
			timeline.OtherDiplomatic, []string{"Kiribati", "China"}, nil, "switched"},
		{"talks between two with appositions and a host", "The deal followed talks in Doha in May between Tom Barrack, the U.S. envoy, and Ahmed Sharaa, the Syrian leader, hosted by Qatar's prime minister Mohammed bin Abdulrahman.",
			timeline.Meeting, []string{"Tom Barrack", "Ahmed Sharaa", "Mohammed bin Abdulrahman"}, nil, ""},
		{"a city after a visit verb is no person", "From Ames the premier travelled on to Cedar Rapids on Wednesday.",
			timeline.Visit, nil, []string{"Cedar Rapids"}, ""},
		{"a place naming a document is no person", "The Rio de Janeiro Protocol was concluded on 29 January 1942 by Peru and Ecuador.",
			timeline.Agreement, []string{"Peru", "Ecuador"}, []string{"Rio de Janeiro"}, ""},
		{"the bloc of a group the text names most", "ECOWAS leaders met in Abuja on Sunday, and ECOWAS said the EU would help. Niger has been suspended from the bloc since July 2023.",
			timeline.OtherDiplomatic, []string{"Niger", "ECOWAS"}, []string{"EU"}, ""},
		{"an airline is no state", "Qatar Airways flew the delegation home after Kenya signed a deal with Qatar on Monday.",
			timeline.Agreement, []string{"Kenya", "Qatar"}, []string{"Airways", "Qatar Airways"}, ""},
		{"a signing in a when-clause", "Honduras and China established diplomatic relations in Beijing on Sunday, when Foreign Minister Eduardo Reina and his counterpart Qin Gang signed a joint communique.",
			timeline.Agreement, []string{"Honduras", "China", "Eduardo Reina"}, nil, ""},
		{"each side", "Kenya and Somalia quarrelled over the sea border for years. In the days after Ruto's speech, each side expelled two of the other's diplomats on Friday.",
			timeline.OtherDiplomatic, []string{"Kenya", "Somalia"}, []string{"William Ruto", "Ruto"}, ""},
		{"both capitals", "France and Germany signed the Elysee Treaty in 1963. Whether a third treaty will ever be signed is open; officials in both capitals talk of renewal.",
			timeline.Agreement, []string{"France", "Germany"}, nil, "third"},
		{"it after said: the speaker", "Manila cut its ties with Taipei on Monday and said it would close its consulate in Kaohsiung next month.",
			timeline.OtherDiplomatic, []string{"Philippines"}, nil, "close"},
		{"an as-clause signing under a dateline", "DJIBOUTI, May 2 (Timeline Wire) — Somalia and Djibouti ended their quarrel on Monday, as President Ali Osman and President Omar Guelleh signed a joint declaration.",
			timeline.Agreement, []string{"Somalia", "Djibouti"}, nil, ""},
		{"three leaders with an Oxford comma", "Tomorrow, President Lula, President Gabriel Boric, and Prime Minister Mark Carney of Canada will hold the first Americas Leaders' Summit in Brasilia.",
			timeline.Summit, []string{"Gabriel Boric", "Mark Carney"}, nil, ""},
		{"another state's minister is not this one", "Chinese Foreign Minister Wang Yi reached Honiara on Thursday. Penny Wong, sworn in as Australia's foreign minister days before, landed in Suva on Thursday.",
			timeline.Visit, []string{"Penny Wong", "Fiji"}, []string{"Wang Yi"}, "Penny"},
		{"the minister after Foreign Minister X", "Foreign Minister Wang Yi landed in Honiara on Thursday, and Wang met officials there. Prime Minister Manasseh Sogavare welcomed him. The minister flew on to Kiribati on Friday.",
			timeline.Visit, []string{"Wang Yi", "Kiribati"}, []string{"Manasseh Sogavare"}, "Kiribati"},
		{"an inner surname", "General Omar Torrijos Herrera will sign the canal treaties in Washington. Torrijos, who arrived in the capital on Monday, spoke to reporters.",
			timeline.Visit, []string{"Omar Torrijos Herrera", "United States"}, nil, ""},
		{"switched recognition from one capital to another", "Honiara switched its recognition from Taipei to Beijing in September 2019.",
			timeline.OtherDiplomatic, []string{"Solomon Islands", "China"}, nil, ""},
		{"a meeting co-hosted by a state's leader", "Wang Yi attended a meeting in Apia on Monday co-hosted by Samoa's Prime Minister Fiame Naomi Mata'afa.",
			timeline.Meeting, []string{"Wang Yi", "Samoa"}, nil, ""},
		{"talks with leaders, among them one", "Carter has held private talks with visiting leaders this week, among them Venezuela's Carlos Andres Perez.",
			timeline.Meeting, []string{"Carlos Andres Perez"}, nil, ""},
		{"a coordinated verb shares the subject", "Chinese Foreign Minister Wang Yi toured Honiara on Monday. Penny Wong, sworn in days before, landed in Suva on the same day Wang reached Honiara, and held talks with Prime Minister Frank Bainimarama.",
			timeline.Meeting, []string{"Penny Wong", "Frank Bainimarama"}, []string{"Wang Yi"}, ""},
		{"a subject with an apposition to a title", "President Gerald Ford and Egypt's leader, Gen. Hosni Mubarak, signed two accords on Monday.",
			timeline.Agreement, []string{"Hosni Mubarak", "Gerald Ford", "Egypt"}, nil, ""},
		// round 2: collective mentions made plain by the sentence or the text
		{"the ministers after a list of three", "Ana Lopez of Spain, Pierre Dubois of France and Hans Weber of Austria reached Geneva on Sunday. Meeting on Monday, the ministers agreed to extend the truce.",
			timeline.Meeting, []string{"Ana Lopez", "Pierre Dubois", "Hans Weber"}, nil, ""},
		{"the ministers after a plain list", "Foreign ministers Lula Teixeira, Marta Quiroga and Tomas Varela arrived in Quito on Sunday. The ministers signed a river pact on Monday.",
			timeline.Agreement, []string{"Lula Teixeira", "Marta Quiroga", "Tomas Varela"}, nil, ""},
		{"the four heads of government are the states of a list", "Kenya, Uganda, Tanzania and Rwanda share the lake. Their envoys met on Monday. The four heads of government will meet in Arusha on Friday.",
			timeline.Meeting, []string{"Kenya", "Uganda", "Tanzania", "Rwanda"}, nil, "Arusha"},
		{"the two countries of a roundup item", "WASHINGTON: The United States and China traded tariffs again. Washington and Beijing said more talks would follow. China and the United States remain far apart.\n\nNAIROBI: Kenya reopened its embassy in the Somali capital on Tuesday, two weeks after the two countries restored diplomatic relations.",
			timeline.OtherDiplomatic, []string{"Kenya", "Somalia"}, []string{"United States", "China"}, "restored"},
		{"the two countries of a roundup item's paragraph", "THE WEEK\n\nWASHINGTON: The United States and China traded tariffs again on Monday. Washington and Beijing said more talks would follow. China and the United States remain far apart, and the United States blamed China.\n\nSEOUL: South Korea and Japan resumed talks on Tuesday. The two countries restored diplomatic relations on Wednesday after a four-year freeze.",
			timeline.OtherDiplomatic, []string{"South Korea", "Japan"}, []string{"United States", "China"}, ""},
		{"an ordinary paragraph's topics are no pair", "Peru and Chile have argued over fishing for years. Peru says Chile must share; Chile says Peru must wait.\n\nThe talks, which touched on Bolivia and Argentina, were calm. The two countries restored diplomatic relations on Wednesday.",
			timeline.OtherDiplomatic, []string{"Peru", "Chile"}, []string{"Bolivia", "Argentina"}, ""},
		{"both countries in a sentence naming them", "Brazil and Argentina dominated the week. Bolivia, Brazil and Argentina met on trade. LIMA: Peru recalled its ambassador from the Chilean capital on Friday, and both countries suspended diplomatic relations.",
			timeline.OtherDiplomatic, []string{"Peru", "Chile"}, []string{"Brazil", "Argentina"}, "suspended"},
		{"Allies in a text about NATO", "NATO leaders gathered in Madrid on Tuesday.\n\n- Allies agreed a communiqué on Wednesday.",
			timeline.Agreement, []string{"NATO"}, []string{"Allies"}, ""},
		{"Allies without NATO is nobody", "Allies agreed a communiqué on Wednesday in Lisbon.",
			timeline.Agreement, nil, []string{"Allies", "NATO"}, ""},
		{"his government: the person's state", "Ghana's President Kofi Mensah spoke in Accra. His government established diplomatic relations with Bhutan in March 2019.",
			timeline.OtherDiplomatic, []string{"Kofi Mensah", "Ghana", "Bhutan"}, nil, ""},
		{"their representatives: the people's states", "Peruvian President Ana Rojas and Chilean President Luis Soto met in Arica on Monday. They said their representatives signed a fisheries accord on Tuesday.",
			timeline.Agreement, []string{"Peru", "Chile"}, nil, "fisheries"},
		// a bilateral act with too few named parties in a text about two states
		{"a bilateral accord in a text about two states", "Chile and Bolivia have quarrelled over the sea for a century. Chile says Bolivia must drop its claim; Bolivia says Chile must talk. Santiago and La Paz met in Lima, and Chile and Bolivia set up a commission. A bilateral trade agreement was signed in Santiago in March 2019.",
			timeline.Agreement, []string{"Chile", "Bolivia"}, nil, ""},
		{"ties restored in a text about two states", "Ghana and Togo have argued over their border for years. Ghana blamed Togo for the closure, and Togo blamed Ghana. Ghana and Togo named envoys on Monday. Officials said diplomatic ties would be restored in May.",
			timeline.OtherDiplomatic, []string{"Ghana", "Togo"}, nil, ""},
		{"a passive signing in a text about two states", "Chile and Bolivia have quarrelled over the sea for a century. Chile says Bolivia must drop its claim; Bolivia says Chile must talk. Santiago and La Paz met in Lima, and Chile and Bolivia set up a commission. The treaty was signed in Lima on 3 May 1999 by the Chilean foreign minister.",
			timeline.Agreement, []string{"Chile", "Bolivia"}, nil, ""},
		{"their governments in a text about two states", "President Ana Rojas met President Luis Soto in Arica on Monday. Chile and Peru have argued over fishing for years; Peru says Chile must share, and Chile says Peru must wait. Chile and Peru named envoys. The two leaders reviewed the fisheries pact, which their governments signed in Lima in May 2021.",
			timeline.Agreement, []string{"Chile", "Peru"}, nil, "their governments"},
		{"signers in a text about two states bring them", "Kenya and Ethiopia share a long border. Kenya says Ethiopia must share the river; Ethiopia says Kenya must wait. Kenya and Ethiopia named envoys. The Moyale Accord, signed by Uhuru Kenyatta and Hailemariam Desalegn in May 2016, set up a joint commission.",
			timeline.Agreement, []string{"Uhuru Kenyatta", "Hailemariam Desalegn", "Kenya", "Ethiopia"}, nil, ""},
		{"his government in a text about two states", "Kenya and Ethiopia share a long border. Kenya says Ethiopia must share the river; Ethiopia says Kenya must wait. Kenya and Ethiopia named envoys. Jomo Kenyatta led the country at independence. His government established diplomatic relations with Addis Ababa in 1964.",
			timeline.OtherDiplomatic, []string{"Kenya", "Ethiopia"}, nil, ""},
		{"no pair for an accord naming another state", "Kenya and Ethiopia share a long border. Kenya says Ethiopia must share the river; Ethiopia says Kenya must wait. Kenya and Ethiopia named envoys. Kenya signed a trade accord with Somalia in May 2016.",
			timeline.Agreement, []string{"Kenya", "Somalia"}, []string{"Ethiopia"}, ""},
		{"no pair in a text about an organisation", "NATO leaders meet in Vilnius next week. Ukraine wants a path to NATO membership; the United States says Ukraine must wait, and Ukraine says the United States is too cautious. The United States disagrees. NATO diplomats expect a fudge. The summit opens where the alliance's charter, the North Atlantic Treaty, was signed in 1949.",
			timeline.Agreement, nil, []string{"Ukraine", "United States"}, ""},
		{"no pair in a text about many states", "Chile, Peru, Bolivia and Argentina met in Lima. Peru and Chile spoke; Bolivia and Argentina left. Chile, Peru, Bolivia and Argentina will meet again. A bilateral trade agreement was signed in Lima in March 2019.",
			timeline.Agreement, nil, []string{"Chile", "Peru", "Bolivia", "Argentina"}, ""},
		// capitals written with accents
		{"an accented capital is its state", "Caracas broke off diplomatic relations with Bogotá in February 2019.",
			timeline.OtherDiplomatic, []string{"Venezuela", "Colombia"}, nil, ""},
		{"an accented capital as a destination", "President Gustavo Petro arrived in Asunción on Monday for talks.",
			timeline.Visit, []string{"Gustavo Petro", "Paraguay"}, nil, ""},
		// a name opening with initials after a title
		{"a leading initial", "Indian Foreign Minister S. Jaishankar flew to the Kenyan capital on Monday for talks.",
			timeline.Visit, []string{"S. Jaishankar", "Kenya"}, []string{"S", "Jaishankar"}, ""},
		{"two leading initials", "Prime Minister K. P. Sharma Oli arrived in Beijing on Monday.",
			timeline.Visit, []string{"K. P. Sharma Oli", "China"}, []string{"K", "Sharma Oli"}, ""},
		{"a city's initials are no name", "The accord was signed in Washington, D.C. on Monday by Kenya and Ethiopia.",
			timeline.Agreement, []string{"Kenya", "Ethiopia"}, []string{"D. C", "C"}, ""},
		// pronouns: the subject of the text, not an object or a time clause's person
		{"he after meeting someone", "Prime Minister Jacinda Ardern landed in Tokyo on Saturday. She will meet Fumio Kishida in Tokyo on Monday. On Sunday she spoke at the Osaka Trade Expo, telling exporters that trade is back, before flying east to the capital that night.",
			timeline.Visit, []string{"Jacinda Ardern", "Japan"}, []string{"Fumio Kishida"}, "flying"},
		{"he after a time clause's person", "Forty years after Indira Gandhi visited Dhaka, Prime Minister Narendra Modi arrived in Chittagong on Friday. On Saturday he travelled on to Dhaka.",
			timeline.Visit, []string{"Narendra Modi", "Bangladesh"}, []string{"Indira Gandhi"}, "Saturday"},
		{"his after the only person of a time clause", "The thaw began only after Leonid Kravchuk came to power in 1991. His first summit with Boris Yeltsin was held in Minsk in December 1991.",
			timeline.Summit, []string{"Leonid Kravchuk", "Boris Yeltsin"}, nil, ""},
		{"an expo is no person", "On Sunday Prime Minister Chris Hipkins spoke at the Shanghai International Import Expo before flying to Beijing.",
			timeline.Visit, []string{"Chris Hipkins", "China"}, []string{"Import Expo", "International Import Expo"}, ""},
		{"their last summit: the pair the text is about", "President Cyril Ramaphosa and President Lula da Silva held talks in Brasilia on Tuesday. Ramaphosa said trade must grow. Lula said the two countries were friends. Their last formal engagement was the informal summit at Durban in March 2019, before the pandemic.",
			timeline.Summit, []string{"Cyril Ramaphosa", "Lula da Silva"}, nil, ""},
		// an absolute clause telling how the act was done
		{"people raising a flag together", "Ghana reopened its embassy in the Togolese capital on Monday, with President Kofi Mensah and President Faure Gnassingbe raising the flag together.",
			timeline.OtherDiplomatic, []string{"Ghana", "Togo", "Kofi Mensah", "Faure Gnassingbe"}, nil, ""},
		{"an onlooker stays out", "Serbia and Kosovo signed the accord in Ohrid on Saturday, with Prime Minister Olaf Scholz looking on.",
			timeline.Agreement, []string{"Serbia", "Kosovo"}, []string{"Olaf Scholz"}, ""},
		// a meeting told in a relative clause
		{"whom she met: both people", "Jacinda Ardern flew to Jakarta on Friday for talks. Joko Widodo, whom she met on Saturday, was blunt about fisheries.",
			timeline.Meeting, []string{"Jacinda Ardern", "Joko Widodo"}, nil, "whom"},
		{"whom he met after another subject", "Anthony Albanese flew to Manila on Friday. He praised Ferdinand Marcos, whom he met on Saturday.",
			timeline.Meeting, []string{"Anthony Albanese", "Ferdinand Marcos"}, nil, "whom"},
		// ties between two capitals told of an agreement
		{"a declaration that restored ties between capitals", "The leaders cited the 1972 communique, which set up relations between Beijing and Washington.",
			timeline.Agreement, []string{"China", "United States"}, nil, ""},
		{"a Moscow of 1956 is the Soviet Union", "Fumio Kishida praised the 1956 joint declaration, which restored diplomatic ties between Tokyo and Moscow.",
			timeline.Agreement, []string{"Japan", "Soviet Union"}, []string{"Russia"}, ""},
		// a subject of two appositions
		{"a minister and his counterpart", "Chile's foreign minister, Alberto van Klaveren, and his Bolivian counterpart, Celinda Sosa, met in the border city of Arica on Aug. 11.",
			timeline.Meeting, []string{"Alberto van Klaveren", "Celinda Sosa"}, nil, ""},
		{"a minister and her counterpart sign", "Peru's foreign minister, Ana Cecilia Gervasi, and her Chilean counterpart, Antonia Urrejola, signed the accord on Friday.",
			timeline.Agreement, []string{"Ana Cecilia Gervasi", "Antonia Urrejola"}, nil, ""},
		{"a state named like its adjective after 'to'", "Washington said on Monday it is suspending its security obligations to New Zealand.",
			timeline.OtherDiplomatic, []string{"United States", "New Zealand"}, nil, ""},
		{"a historic capital is its historic state", "Lyndon Johnson made a trip to Saigon in October 1966.",
			timeline.Visit, []string{"Lyndon Johnson", "South Vietnam"}, []string{"Vietnam"}, ""},
		{"their first meeting: the two named before it", "Markets. Jack Dorsey left the board on Friday, and Sundar Pichai said profits fell.\n\nDiplomacy. On Monday, in Jakarta, Joko Widodo and Anthony Albanese held their first in-person meeting as leaders, talking for two hours.",
			timeline.Meeting, []string{"Joko Widodo", "Anthony Albanese"}, []string{"Jack Dorsey", "Sundar Pichai"}, ""},
		// the subject of a participle clause
		{"a participle clause", "Moscow responded on Friday, expelling 23 British diplomats.",
			timeline.OtherDiplomatic, []string{"Russia", "United Kingdom"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tt.text, Ref: ref}, timeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			var all []string
			found := false
			for _, e := range res.Events {
				all = append(all, brief(e))
				if e.Type == tt.typ && !found && strings.Contains(e.Source.Sentence, tt.in) && (tt.in == "" || len(tt.want) == 0 || contains(e.Actors, tt.want[len(tt.want)-1])) {
					got, found = e.Actors, true
				}
			}
			if !found {
				t.Fatalf("Extract(%q) has no %s event: %q", tt.text, tt.typ, all)
			}
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("Extract(%q): %s actors %q lack %q", tt.text, tt.typ, got, w)
				}
			}
			for _, n := range tt.not {
				if contains(got, n) {
					t.Errorf("Extract(%q): %s actors %q include %q", tt.text, tt.typ, got, n)
				}
			}
		})
	}
}

// TestCompanyDeals checks that a deal whose parties are all companies is no
// diplomatic agreement, while a state's signing near a company name stays.
func TestCompanyDeals(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Qatar Airways signed a deal with Boeing on Monday for 25 jets.", false},
		{"Turkish Airlines and Airbus signed an agreement in Toulouse on Tuesday.", false},
		{"Tata Motors signed an accord with Renault on Friday.", false},
		{"Qatar Airways flew Foreign Minister Hakan Fidan to Doha, where he signed an agreement with Qatar on Monday.", true},
		{"Kenya Airways was at the airport as Kenya and Ethiopia signed an aviation accord on Monday.", true},
	} {
		res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tt.text, Ref: ref}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range res.Events {
			got = got || e.Type == timeline.Agreement
		}
		if got != tt.want {
			t.Errorf("Extract(%q): agreement %v, want %v", tt.text, got, tt.want)
		}
	}
}
