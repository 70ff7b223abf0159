package timeline_test

import (
	"strings"
	"testing"
)

// TestEncounterRules covers wordings of visits, meetings, summits and
// accessions: each want entry must be a prefix of one event written as
// "type status date actors@location" (reference date Wednesday 5 April
// 2023), and an entry written "!prefix" must match none; a nil want is a
// hard negative that must yield no event.
func TestEncounterRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// visits: support verbs make a visit noun a report of its own
		{"pay the return visit", "Lula could still pay Argentina the return visit that Buenos Aires has requested.", []string{"visit hypothetical - "}},
		{"paid a state visit", "King Charles paid a state visit to Kenya on Tuesday.", []string{"visit reported 2023-04-04 "}},
		{"made a stopover", "President William Ruto made a stopover in Cairo on Friday.", []string{"visit reported 2023-03-31 William Ruto"}},
		{"stopped in", "Prime Minister Shehbaz Sharif stopped in Doha on his way home from Tokyo.", []string{"visit reported - Shehbaz Sharif"}},
		{"stopped over in", "Chancellor Olaf Scholz stopped over in Anchorage on Monday.", []string{"visit reported 2023-04-03 Olaf Scholz"}},
		{"cancelled his trip", "Chancellor Olaf Scholz cancelled his trip to Brasilia on Monday.", []string{"visit negated 2023-04-03 Olaf Scholz+Brazil@Brasilia"}},
		{"called off her visit", "Foreign Minister Penny Wong called off her visit to Manila on Monday.", []string{"visit negated 2023-04-03 Penny Wong+Philippines"}},
		{"flew in to", "President Lula flew in to Lisbon on Saturday.", []string{"visit reported 2023-04-01 Lula+Portugal@Lisbon"}},
		{"flew on to", "Secretary of State Antony Blinken flew on to Hanoi on Sunday.", []string{"visit reported 2023-04-02 Antony Blinken+Vietnam@Hanoi"}},
		{"sent a delegation", "Japan sent a delegation to Seoul on Tuesday.", []string{"visit reported 2023-04-04 Japan+South Korea@Seoul"}},
		{"sent no delegation", "Brazil sent no official delegation to the ceremony, citing the dispute.", []string{"visit negated - Brazil"}},
		{"will dispatch a delegation", "Norway will dispatch a high-level delegation to Bogota next week.", []string{"visit planned 2023-W15 Norway+Colombia@Bogota"}},
		{"technical team travels", "A Qatari technical team will travel to Kabul in the coming days.", []string{"visit planned - "}},
		{"team of inspectors", "A team of inspectors from the IAEA travelled to Tehran on Monday.", []string{"visit reported 2023-04-03 "}},
		// visit hard negatives
		{"train stopped", "The overnight train stopped in Lyon on Monday.", nil},
		{"growth stopped", "Growth in Germany stopped in March, the statistics office said.", nil},
		{"delegation in a vote", "The French delegation voted against the text on Monday.", nil},
		{"sports team travels", "The Kenyan team will travel to Doha for the final on Sunday.", nil},
		{"sports acronym", "Mumbai Indians, top of the IPL table, meet Delhi Capitals in Chennai tonight.", nil},
		{"tourists stop", "Thousands of tourists stopped in Venice on Sunday.", nil},
		{"cancel a booking", "The airline cancelled flights to Paris on Monday.", nil},
		// meetings: talks whose start is reported, calls, conferring
		{"talks began", "The EU and Mercosur concluded a trade deal on Friday. The talks began in 2000.", []string{"agreement reported 2023-03-31 ", "meeting reported 2000 "}},
		{"round of negotiations opened", "A new round of negotiations opened in Geneva on Monday between Serbia and Kosovo.", []string{"meeting reported 2023-04-03 Serbia+Kosovo@Geneva"}},
		{"negotiations expected to begin", "Negotiations on a new security pact between Japan and the Philippines, including access rules, are expected to begin in May.", []string{"meeting planned 2023-05 Japan+Philippines"}},
		{"negotiations led by", "Follow-up negotiations led by Foreign Minister Wang Yi will take place in Moscow.", []string{"meeting "}},
		{"a call between", "A call between President Emmanuel Macron and Prime Minister Narendra Modi took place on Tuesday.", []string{"meeting reported 2023-04-04 Emmanuel Macron+Narendra Modi"}},
		{"called a leader", "President Lula called Chancellor Olaf Scholz on Monday.", []string{"meeting reported 2023-04-03 Lula+Olaf Scholz"}},
		{"presidents spoke by phone", "The two presidents spoke by phone on Monday.", []string{"meeting reported 2023-04-03"}},
		{"conferred in", "President Emmanuel Macron and Chancellor Olaf Scholz conferred in Paris on Monday.", []string{"meeting reported 2023-04-03 "}},
		{"met one-on-one", "President Emmanuel Macron and President Xi Jinping met one-on-one in Guangzhou on Friday.", []string{"meeting reported 2023-03-31 "}},
		{"talked for hours", "Foreign Minister Wang Yi and Secretary Antony Blinken talked for three hours in Munich on Saturday.", []string{"meeting reported 2023-04-01 "}},
		{"met face to face", "Ilham Aliyev met Nikol Pashinyan in Abu Dhabi on Monday. The two leaders had met face to face in Prague in March.", []string{"meeting reported 2023-03 "}},
		{"an hour-long conversation", "President Richard Nixon was summoned to Mao Zedong's study on 21 February 1972 for an hour-long conversation.", []string{"meeting reported 1972-02-21 "}},
		{"a second conference", "A second conference, planned for Nairobi in 1970, never took place.", []string{"meeting negated 1970 "}},
		{"sat down in", "The two leaders sat down in the Oval Office on Monday.", []string{"meeting reported 2023-04-03 "}},
		{"held a bilateral", "President Joe Biden held a bilateral with Prime Minister Narendra Modi on the sidelines on Monday.", []string{"meeting reported 2023-04-03 Joe Biden+Narendra Modi"}},
		{"had dinner with", "President Xi Jinping had dinner with President Emmanuel Macron in Guangzhou on Friday.", []string{"meeting reported 2023-03-31 Xi Jinping+Emmanuel Macron@Guangzhou"}},
		{"dined with", "Chancellor Olaf Scholz dined with President Joe Biden at the White House on Friday.", []string{"meeting reported 2023-03-31 Olaf Scholz+Joe Biden"}},
		{"received a call from", "President Volodymyr Zelensky received a call from President Joe Biden on Monday.", []string{"meeting reported 2023-04-03 Volodymyr Zelensky+Joe Biden"}},
		{"held a videoconference", "The foreign ministers held a videoconference on Tuesday.", []string{"meeting reported 2023-04-04"}},
		{"will call a leader", "President Joe Biden will call President Xi Jinping next week.", []string{"meeting planned 2023-W15 Joe Biden+Xi Jinping"}},
		{"talks with A and with B", "Prime Minister Narendra Modi arrived in Washington on Monday. He held separate talks on Tuesday with Prime Minister Scott Morrison and with Prime Minister Yoshihide Suga.", []string{"meeting reported 2023-04-04 Narendra Modi+Scott Morrison", "meeting reported 2023-04-04 Narendra Modi+Scott Morrison+Yoshihide Suga"}},
		// meeting hard negatives
		{"talks with one party", "Chancellor Olaf Scholz held talks with President Emmanuel Macron and Prime Minister Giorgia Meloni on Monday.", []string{"meeting reported 2023-04-03 Olaf Scholz+Emmanuel Macron+Giorgia Meloni", "!meeting reported 2023-04-03 Olaf Scholz+Emmanuel Macron@"}},
		{"call for talks", "President Joe Biden is expected to call for talks on Monday.", []string{"!meeting"}},
		{"call elections", "Prime Minister Rishi Sunak will call an election in May.", nil},
		{"a handshake is no meeting", "Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook hands on the South Lawn after the signing.", []string{"!meeting"}},
		{"met families", "President Joe Biden met with families of the victims in Uvalde on Sunday.", nil},
		{"met troops", "Chancellor Olaf Scholz met German troops in Lithuania on Monday.", []string{"!meeting"}},
		{"celebrity dinner", "Taylor Swift had dinner with Travis Kelce in New York on Friday.", nil},
		{"business lunch", "The CEO had lunch with analysts on Monday.", nil},
		{"pilots sat down", "The pilots sat down for talks with management on Monday.", nil},
		{"procedure for talks", "In 1996 Peru and Ecuador agreed in Santiago on a procedure for substantive talks.", []string{"!meeting"}},
		{"a second press conference", "A second press conference, planned for Nairobi on Monday, was cancelled.", nil},
		{"guild talks", "Talks between Disney and the Writers Guild began on Monday in Los Angeles.", nil},
		{"coalition talks", "Coalition talks began in Berlin on Monday.", nil},
		{"wage talks", "Wage talks between the union and Volkswagen began in March.", nil},
		{"called a name", "Trump called Zelensky a dictator on Wednesday.", nil},
		{"transcript host label", "HOST: Putin had a parting line too.", nil},
		{"a shop called", "The shop called Smith's opened on Monday.", nil},
		{"protests began", "Protests began in Paris in March after the pension reform.", nil},
		// accessions
		{"joined what was then", "Denmark joined what was then the European Economic Community on 1 January 1973.", []string{"accession reported 1973-01-01 Denmark+European Economic Community"}},
		{"took their seats", "Bulgaria and Romania took their seats in the EU on 1 January 2007.", []string{"accession reported 2007-01-01 Bulgaria+Romania+EU"}},
		{"admitted as member", "Montenegro was admitted as the 193rd member of the UN on 28 June 2006.", []string{"accession reported 2006-06-28 Montenegro+UN"}},
		{"membership took effect", "Montenegro's membership took effect on 5 June 2017.", []string{"accession reported 2017-06-05 Montenegro"}},
		{"became a full member", "South Sudan became a full member of the African Union on 27 July 2011.", []string{"accession reported 2011-07-27 South Sudan+African Union"}},
		{"having joined in", "NATO leaders met in Vilnius on Monday. Poland is attending its first summit as a full member, having joined in March.", []string{"meeting reported 2023-04-03 ", "accession reported 2023-03 Poland+NATO"}},
		{"cleared the way to become", "NATO foreign ministers met in Brussels on Monday. The vote cleared the way for Georgia to become a full member of the alliance.", []string{"meeting reported 2023-04-03 ", "accession hypothetical - "}},
		{"welcomed as member", "Timor-Leste was welcomed as the eleventh member of ASEAN on Sunday.", []string{"accession reported 2023-04-02 Timor-Leste+ASEAN"}},
		{"entry into an organisation", "Sweden's entry into NATO on 7 March 2023 ended two centuries of neutrality.", []string{"accession reported 2023-03-07 Sweden+NATO"}},
		{"membership became official", "Finland's membership of NATO became official on Tuesday.", []string{"accession reported 2023-04-04 Finland+NATO"}},
		{"admitted ten new members", "The European Union admitted ten new members on 1 May 2004.", []string{"accession reported 2004-05-01 EU"}},
		{"accession to the alliance", "Finland's accession to the alliance was completed on 4 April 2022.", []string{"accession reported 2022-04-04 Finland"}},
		{"member of the alliance", "Sweden became the 32nd member of the alliance on 7 March 2022.", []string{"accession reported 2022-03-07 Sweden"}},
		{"would join the alliance", "Ukraine would join the alliance once the war ends, Stoltenberg said.", []string{"accession hypothetical - Ukraine"}},
		// accession hard negatives
		{"joined the union", "The workers joined the union on Monday.", nil},
		{"joined an index", "Tesla joined the S&P 500 index in December 2020.", nil},
		{"joined the FTSE", "Arm joined the FTSE 100 in March.", nil},
		{"member of the club", "She became a member of the club in 2019.", nil},
		{"entry into force", "The treaty's entry into force on 1 May was delayed.", []string{"!accession"}},
		{"club welcomed a member", "The club welcomed Lionel Messi as its newest member on Friday.", nil},
		{"company joins an index", "Nvidia joined the Dow Jones Industrial Average on Friday.", nil},
		{"player took his seat", "The striker took his seat on the bench in the second half.", nil},
		{"invitation to join", "NATO will extend an invitation to Ukraine to join the alliance when conditions are met.", []string{"!accession"}},
		{"could agree to admit", "Leaders met at the G20 summit in Rome on Monday. They could agree to admit the African Union as a permanent member of the group.", []string{"accession hypothetical "}},
		{"agreed to admit a decision", "ASEAN leaders met in Jakarta on Monday. They agreed in principle to admit Timor-Leste as the eleventh member.", []string{"other-diplomatic "}},
		{"joining as the only bloc", "Mercosur was made a permanent member of the G20 in September 2021, joining the EU as the only regional bloc at the table.", []string{"accession reported 2021-09 ", "!accession reported 2021-09 EU"}},
		{"football federation admitted", "Gibraltar's football federation was admitted to UEFA in May 2013.", nil},
		// visits, more forms
		{"will stop in", "President Xi Jinping will stop in Senegal on the way.", []string{"visit planned - Xi Jinping+Senegal@Senegal"}},
		{"a stop in", "The bus made a stop in Lyon on Monday.", nil},
		{"led a delegation to", "Chancellor Karl Nehammer led a delegation to Tokyo in March.", []string{"visit reported 2023-03 Karl Nehammer+Japan@Tokyo"}},
		{"came to a capital", "President Emmanuel Macron came to Berlin on Monday.", []string{"visit reported 2023-04-03 Emmanuel Macron+Germany@Berlin"}},
		{"repaid the visit", "Charles de Gaulle repaid the visit with a state visit to West Germany in September 1962.", []string{"visit reported 1962-09 Charles de Gaulle"}},
		{"a season of travel", "It grew out of a season of travel: Konrad Adenauer had toured France in July 1962.", []string{"visit reported 1962-07 Konrad Adenauer+France"}},
		{"left for", "Chancellor Olaf Scholz left for Beijing on Thursday.", []string{"visit reported 2023-03-30 Olaf Scholz+China@Beijing"}},
		{"departed for", "President Lula departed for Lisbon on Tuesday.", []string{"visit reported 2023-04-04 Lula+Portugal@Lisbon"}},
		{"touched down in", "President Emmanuel Macron touched down in Beijing on Wednesday.", []string{"visit reported 2023-04-05 Emmanuel Macron+China@Beijing"}},
		{"went to", "President Joe Biden went to Kyiv on Monday.", []string{"visit reported 2023-04-03 Joe Biden+Ukraine@Kyiv"}},
		{"was greeted by", "Secretary of State Antony Blinken was greeted by Foreign Minister Qin Gang in Beijing on Sunday.", []string{"meeting reported 2023-04-02 Antony Blinken+Qin Gang@Beijing"}},
		{"was hosted by", "King Charles was hosted by President Emmanuel Macron at the Elysee on Wednesday.", []string{"meeting reported 2023-04-05 King Charles+Emmanuel Macron"}},
		{"arrival in", "Xi Jinping's arrival in Moscow on Monday was greeted with a military band.", []string{"visit reported 2023-04-03 Xi Jinping+Russia@Moscow"}},
		{"on his arrival in", "On his arrival in Hanoi on Sunday, President Joe Biden laid a wreath.", []string{"visit reported 2023-04-02 Joe Biden+Vietnam@Hanoi"}},
		{"arrival of migrants", "The arrival of migrants in Rome on Monday strained shelters.", nil},
		{"football score", "Manchester United visited Anfield on Sunday and lost 7-0 to Liverpool.", nil},
		{"vote count is no score", "The Senate won the 51-49 vote on Monday after President Joe Biden visited Kyiv.", []string{"visit reported "}},
		{"club came to a capital", "Real Madrid came to London for the semi-final on Tuesday.", nil},
		{"visit called off later", "The planned visit by Chancellor Olaf Scholz to Beijing was called off on Monday.", []string{"visit negated 2023-04-03 Olaf Scholz"}},
		{"trip has been cancelled", "The minister's trip to Seoul has been cancelled.", []string{"visit negated - South Korea@Seoul"}},
		{"due in a capital", "President Lula is due in Lisbon on Saturday.", []string{"visit planned 2023-04-08 Lula+Portugal@Lisbon"}},
		{"payment due in", "The payment is due in London on Monday.", nil},
		{"welcomed an accession", "The EU welcomed the accession of Croatia in July 2013.", []string{"!meeting"}},
		{"welcomed a release", "President Joe Biden welcomed the release of two Americans held in Russia on Friday.", nil},
		{"welcomed a guest", "President Joe Biden welcomed President Lula to the White House on Friday.", []string{"meeting reported 2023-03-31 Joe Biden+Lula"}},
		{"was in a capital for talks", "Secretary of State Antony Blinken was in Beijing on Sunday for talks with Foreign Minister Qin Gang.", []string{"visit reported 2023-04-02 Antony Blinken+", "meeting reported 2023-04-02 Antony Blinken+Qin Gang"}},
		{"will be in a capital for talks", "Foreign Minister Penny Wong will be in Jakarta next week for talks with her counterpart.", []string{"visit planned 2023-W15 Penny Wong+Indonesia@Jakarta", "meeting planned 2023-W15 "}},
		{"was in a capital for a meeting", "Chancellor Olaf Scholz was in Paris on Monday for a meeting with President Emmanuel Macron.", []string{"visit reported 2023-04-03 Olaf Scholz+", "meeting reported 2023-04-03 Olaf Scholz+Emmanuel Macron"}},
		{"is in a capital for a summit", "President Joe Biden is in Vilnius this week for the NATO summit.", []string{"visit reported 2023-W14 Joe Biden+", "summit reported 2023-W14 "}},
		{"is in talks", "Acme is in talks with Beta over a merger.", nil},
		{"left office", "Chancellor Olaf Scholz left office in December.", nil},
		{"left for good", "The minister left for good in March.", nil},
		{"prices went to", "Prices went to record highs on Monday.", nil},
		{"went to war", "President Joe Biden went to war with Congress on Monday.", nil},
		{"plane touched down", "The plane touched down in Lisbon on Monday.", nil},
		{"fans greeted", "Fans greeted the team in Madrid on Sunday.", nil},
		{"dinner hosted by", "The dinner was hosted by the Lord Mayor in London on Monday.", nil},
		{"came as a refugee", "Foreign Minister Ahmed Hussen came to Canada as a refugee in 1993.", nil},
		{"went to study", "President Emmanuel Macron went to Paris to study in 1994.", nil},
		{"toured a waterfront", "Kim Jong Un toured the Marina Bay waterfront late into the night.", nil},
		{"journeyed to", "Chancellor Olaf Scholz journeyed to Kyiv by train on Monday.", []string{"visit reported 2023-04-03 Olaf Scholz+Ukraine@Kyiv"}},
		{"jetted to", "President Emmanuel Macron jetted to Beijing on Wednesday.", []string{"visit reported 2023-04-05 Emmanuel Macron+China@Beijing"}},
		{"a jet jetted", "The new jet jetted to Monaco on Sunday.", nil},
		{"came to power", "The new government came to power in March.", nil},
		{"football season", "The team toured France before the season in July.", nil},
		// meetings, more forms
		{"ministerial council held", "France and Germany held a joint ministerial council in Paris on Monday.", []string{"meeting reported 2023-04-03 France+Germany@Paris"}},
		{"ministerial council called off", "The two governments called off a joint ministerial council in Paris on Monday.", []string{"meeting negated 2023-04-03 "}},
		{"exchanged a few words", "The two prime ministers exchanged a few words on the sidelines in Jakarta on Friday.", []string{"meeting reported 2023-03-31 "}},
		{"negotiations paused", "The trade negotiations between the two countries were paused in March.", []string{"other-diplomatic reported 2023-03 ", "!meeting"}}, // README: suspending trade talks is other-diplomatic
		{"progressive meeting as", "Stoltenberg said the two sides were now meeting as equals.", nil},
		{"exchanged shares", "The two companies exchanged shares on Friday.", nil},
		// summits: participles and verbs report the gathering; named gatherings
		{"last summit held", "The last summit, held in Lima in November 2016, adopted a declaration.", []string{"summit reported 2016-11 "}},
		{"forum held drew leaders", "The Pacific Islands Forum, held in Suva on August 10–11, drew 18 leaders.", []string{"summit reported 2022-08-10/2022-08-11 "}},
		{"heads of government meeting", "The Commonwealth Heads of Government Meeting opened in Kigali on 24 June 2022.", []string{"summit reported 2022-06-24 "}},
		{"hosted the G20", "Indonesia hosted the G20 in Bali in November 2022.", []string{"summit reported 2022-11 Indonesia+G20"}},
		{"the summit opened", "OSCE leaders gathered in Kazakhstan. The summit opened in Astana on Tuesday.", []string{"summit reported 2023-04-04 OSCE"}},
		{"opening of the bloc's summit", "Kenya was admitted as the newest member of the EAC on Monday, at the opening of the bloc's summit in Arusha.", []string{"accession reported 2023-04-03 Kenya+EAC", "summit reported 2023-04-03 "}},
		{"at the summit the leaders", "Leaders met at the G7 summit in Rome on Monday. At the summit the two leaders struck a deal on migration.", []string{"summit reported 2023-04-03 ", "!summit reported -"}},
		{"the forum held", "Leaders arrived in Beijing for the Silk Road Forum. The forum, held on May 14–15, drew 29 heads of state.", []string{"summit reported 2022-05-14/2022-05-15 "}},
		// summit hard negatives
		{"a business forum", "The forum, held in Davos on Monday, drew 300 business leaders.", nil},
		{"an online forum", "The forum, held online on Monday, drew 300 business leaders.", nil},
		{"summit league", "The Summit League tournament opens in Sioux Falls on Friday.", nil},
		{"summit as a company name", "Summit Materials shares rose on Monday.", nil},
		{"grand prix visit", "Charles Leclerc visited Monaco on Sunday for the Grand Prix.", nil},
		{"teams host", "The Warriors hosted the Lakers on Tuesday.", nil},
		{"teams meet", "The Celtics will meet the Heat in Miami on Friday.", nil},
		{"economic forum", "The World Economic Forum in Davos drew business leaders on Tuesday.", nil},
		{"hosted finance ministers", "Brazil hosted the G20 finance ministers in Sao Paulo in February.", nil},
		{"summit sidelines", "The G7 ministers unveiled a statement in a ceremony on the summit sidelines on Tuesday.", []string{"!summit"}},
		{"forum of a company", "The Acme Forum drew 300 customers on Tuesday.", nil},
		// round 2: a state before the person seen, guests of talks, company boards
		{"due to see a state's leader", "President Lula is due to see Chile's Gabriel Boric on Friday.", []string{"meeting planned 2023-04-07 "}},
		{"will see a titled guest", "Albanese will see India's Prime Minister Narendra Modi in Delhi on Thursday.", []string{"meeting planned 2023-04-06 "}},
		{"visiting leaders are no trip", "President Ruto held talks with visiting leaders on Monday.", []string{"!visit"}},
		{"visiting dignitaries", "Prime Minister Chris Hipkins greeted visiting dignitaries at the airport on Monday.", []string{"!visit"}},
		{"directors of a company met", "Directors of the Andes Mining Company met in Lima on Thursday to discuss pay.", nil},
		{"board of a corporation met", "The board of the Pacific Shipping Company met in Busan on Monday.", nil},
		// round 2: "be in" a capital, a noun of purpose, a possessive trip, "to the capital"
		{"will be in the capital", "President Gustavo Petro says he will be in Caracas on Monday.", []string{"visit planned 2023-04-10 "}},
		{"is to be in from", "Prime Minister Chris Hipkins is to be in Canberra from Thursday.", []string{"visit planned "}},
		{"would be in", "Lula said he would be in Buenos Aires next week.", []string{"visit "}},
		{"be in a posting", "Mr Tanaka will be in Seoul as ambassador from May.", []string{"!visit"}},
		{"be in a capital's hands", "The final decision will be in Beijing's hands.", nil},
		{"team will be in", "The Brazilian team will be in Lima for the final on Sunday.", nil},
		{"sat down for the meeting", "On Tuesday Prime Minister Chris Hipkins sat down with Premier Li Qiang for the annual leaders' meeting.", []string{"meeting reported 2023-04-04 "}},
		{"person's own trip", "Nixon's own trip, in 1972, was the first by an American president to the People's Republic.", []string{"visit reported 1972 "}},
		{"flying to the capital", "Prime Minister Fumio Kishida arrived in Surabaya, Indonesia, on Sunday. On Monday he opened a trade fair there before flying west to the capital that night.", []string{"visit reported 2023-04-03 "}},
		// round 2: expected in, arrived from, sending an envoy, a restated trip, a welcome received
		{"expected in a country", "Prime Minister Anthony Albanese is expected in Vietnam early next month.", []string{"visit planned 2023-05 "}},
		{"expected in a capital", "Foreign Minister Mauro Vieira is expected in Caracas on Friday.", []string{"visit planned 2023-04-07 "}},
		{"expected in a report", "Growth is expected in China this year.", nil},
		{"arrived from", "MANILA — Prime Minister Fumio Kishida thanked President Marcos for the warm welcome he received at the airport on Friday evening, when he arrived from Tokyo.", []string{"visit reported 2023-03-31 ", "!meeting"}},
		{"sending a minister in his place", "President Boric skipped the summit, sending Foreign Minister Alberto van Klaveren in his place.", []string{"visit reported - "}},
		{"first minister to visit restates the trip", "Foreign Minister Penny Wong travelled to Beijing in December 2022, becoming the first Australian minister to visit the country in three years.", []string{"visit reported 2022-12 "}},
		{"welcome received is no meeting", "The king thanked President Macron for the rousing welcome he was given in Paris on Monday.", []string{"!meeting"}},
		{"trade talks halted", "Trade negotiations between the two countries were halted in May.", []string{"other-diplomatic reported 2022-05 "}},
		{"paused a football season", "The league paused the football season in March.", nil},
		{"courtesy call on", "President Lula paid a courtesy call on King Felipe at the Royal Palace on Tuesday.", []string{"meeting reported 2023-04-04 "}},
		{"called on a state to", "The minister called on Russia to withdraw its troops on Tuesday.", []string{"!meeting"}},
		{"went on to a city", "President Lula arrived in Beijing on Monday. He went on to Shanghai, where he toured a factory.", []string{"visit reported 2023-04-03 Lula+China", "visit reported 2023-04-03 Lula@Shanghai"}}, // README: "went on to" links the dates
		{"went on to win", "He went on to win the election in 2004.", nil},
		{"came to with an apposition", "Then To Lam, the party chief, came to Washington in July 2015.", []string{"visit reported 2015-07 "}},
		{"received him", "Prime Minister Narendra Modi arrived in Tokyo on Monday, and Fumio Kishida received him at his residence.", []string{"meeting reported 2023-04-03 "}},
		{"then to a second stop", "Foreign Minister Wang Yi flew on to Fiji on Friday, and then to Port Moresby, where he met the prime minister.", []string{"visit reported 2023-03-31 ", "visit reported 2023-03-31 Wang Yi+Papua New Guinea"}},
		{"and then on to", "Blinken travelled to Lima on Monday and then on to Quito.", []string{"visit reported 2023-04-03 Blinken+Peru", "visit reported 2023-04-03 Blinken+Ecuador"}},
		{"and then to a purpose", "Blinken travelled to Lima on Monday and then to discuss trade.", []string{"!visit reported 2023-04-03 Blinken+Ecuador"}},
		{"flew into the demonym capital", "President Gustavo Petro flew into the Venezuelan capital on Tuesday morning.", []string{"visit reported 2023-04-04 "}},
		{"reached a capital", "Foreign Minister Wang Yi reached Honiara on Thursday.", []string{"visit reported 2023-03-30 "}},
		{"reached on the same day", "Penny Wong landed in Suva on Thursday, the same day Wang reached Honiara.", []string{"!visit reported 2023-03-30 Wang"}},
		{"river reached the capital", "The flood reached the capital on Monday.", nil},
		{"annual gathering of a summit", "Leaders of the Asia-Pacific Economic Cooperation forum wrapped up their annual gathering in Lima on Sunday.", []string{"summit reported 2023-04-02 "}},
		{"inaugural gathering", "The Summit of the Americas opened on Monday; the series dates back to the inaugural gathering in Miami in 1994.", []string{"summit reported 1994 "}},
		{"annual gathering of shareholders", "The annual gathering of shareholders in Omaha drew 40,000 people on Saturday.", nil},
		{"he and a titled guest discussed", "Foreign Minister Wang Yi visited Honiara, where he and Solomon Islands Prime Minister Manasseh Sogavare discussed the pact on Thursday.", []string{"meeting reported 2023-03-30 "}},
		{"discussed trade with", "President Lula discussed trade with Xi Jinping on Monday.", []string{"meeting reported 2023-04-03 "}},
		{"cabinet discussed the budget", "The cabinet discussed the budget on Monday.", nil},
		{"players discussed the match", "Smith and Jones discussed the match on Sunday.", nil},
		{"chaired a joint session", "Chancellor Olaf Scholz and President Emmanuel Macron chaired a joint session of their two cabinets in Paris on Sunday.", []string{"meeting reported 2023-04-02 "}},
		{"chaired the talks", "Papua New Guinea's prime minister, who chaired the talks, blamed the rivalry.", []string{"!meeting"}},
		{"elliptical second accession", "Bulgaria and Romania joined the EU on 1 January 2007, and Croatia in 2013.", []string{"accession reported 2007-01-01 ", "accession reported 2013 Croatia"}},
		{"elliptical clause with a verb", "Finland joined NATO in April 2023, and Sweden protested.", []string{"!accession reported - Sweden"}},
		{"sign up to a framework", "Fiji became the first island state to sign up to Washington's Indo-Pacific Economic Framework last week.", []string{"accession reported 2023-W13 ", "!agreement"}},
		{"sign up for a service", "Millions of people signed up for the new streaming service last week.", nil},
		{"a state's bid unlikely", "EU officials said Kosovo's own bid is unlikely to advance while five members withhold recognition.", []string{"accession hypothetical - "}},
		{"a bid to host", "Morocco's bid to host the World Cup is likely to succeed.", nil},
		{"a bid remains blocked", "Sweden joined talks with NATO. Sweden's bid remains blocked.", []string{"!accession hypothetical"}},
		{"consultations between capitals", "Officials expect the annual AUSMIN consultations between Canberra and Washington to be held later this year.", []string{"meeting "}},
		{"consultations between lawyers", "Consultations between the lawyers and the court lasted all day.", nil},
		{"convene a named dialogue", "Mexico and the United States directed their cabinets to convene the High-Level Economic Dialogue again later this year.", []string{"meeting "}},
		{"received him at the airport", "Prime Minister Narendra Modi landed in Dhaka on Saturday, where Sheikh Hasina received him at the airport.", []string{"visit reported 2023-04-01 ", "!meeting"}},
		{"verbless headline in a capital for talks", "Wong in Jakarta for talks with Marsudi on 3 April", []string{"visit reported 2023-04-03 ", "meeting reported 2023-04-03 "}},
		{"headline sentence with a stop", "Smith in Paris for talks with the bank on Monday.", []string{"!visit"}},
		{"spoke for an hour by telephone", "The two leaders spoke for an hour by telephone on Tuesday, Chile and Peru said.", []string{"meeting reported 2023-04-04 "}},
		{"spoke about the phone market", "The chief executive spoke for an hour about the phone market on Tuesday.", nil},
		// round 2 hard negatives for the new triggers
		{"went on to a university", "She went on to Harvard after school.", nil},
		{"executives discussed a merger", "Executives discussed the merger with Goldman Sachs on Monday.", nil},
		{"joint meeting of boards", "Tim Cook chaired a joint meeting of the two boards.", nil},
		{"striker will be in", "The striker will be in Madrid on Monday for a medical.", nil},
		{"sending a player in his place", "Manchester United are sending striker Rasmus Hojlund in his place.", nil},
		{"fans reached the stadium", "Fans reached the stadium on Saturday.", nil},
		{"central bank paused", "The central bank paused rate hikes in March.", nil},
		{"signed up to a plan", "More than a million customers signed up to the Netflix Premium Plan last year.", nil},
		{"a company's bid", "Amazon's bid is unlikely to succeed, analysts said.", nil},
		{"en route to", "Vice President JD Vance is en route to Manila.", []string{"visit reported - "}},
		{"cargo en route", "The cargo is en route to Manila.", nil},
		{"had a bilateral on the margins", "The two presidents had a bilateral on the margins of the summit on Friday, Chile and Peru said.", []string{"meeting reported 2023-03-31 "}},
		{"a bank had a bilateral", "The bank had a bilateral on Friday.", nil},
		{"ahead of the summit as a time", "The APEC summit opened in Lima on Friday. Xi reached Lima days ahead of the summit for a state visit.", []string{"!summit reported - "}},
		{"ahead of the summit itself", "Biden flies to Delhi on Thursday, ahead of the summit itself on Saturday.", []string{"summit planned 2023-04-08 "}},
		{"senator will be in the capital", "The senator will be in Washington on Monday for the vote.", nil},
		{"shareholders will be in", "Shareholders will be in Omaha on Saturday for the annual meeting.", nil},
		{"players walked out of a meeting", "The players walked out of the meeting with the club's owners.", nil},
		{"club's annual gathering", "The club's annual gathering in Madrid drew thousands of fans.", nil},
		{"a member since", "Poland, a member of NATO since 1999, hosted the meeting of defence ministers on Monday.", []string{"accession reported "}},
		{"a club member since", "Smith, a member of the club since 1999, scored twice.", nil},
		{"held their annual dialogue", "Foreign Minister Penny Wong and Wang Yi held their annual strategic dialogue in Canberra on Friday.", []string{"meeting reported 2023-03-31 "}},
		{"held a round of consultations", "Officials from both countries held a round of consultations in Seoul on Monday.", []string{"meeting reported 2023-04-03 "}},
		{"company consultations", "The company held a round of consultations with staff on Monday.", nil},
		{"his regional swing", "Foreign Minister Wang Yi wrapped up his Pacific swing in Dili on Friday.", []string{"visit reported 2023-03-31 "}},
		{"a swing in the polls", "The party saw a swing of five points in the polls on Friday.", nil},
		{"titled person is in a capital this week", "The Saudi crown prince is in Washington this week.", []string{"visit reported 2023-W14 "}},
		{"titled person was in a capital on a day", "Secretary of State Marco Rubio was in Panama on Sunday.", []string{"visit reported 2023-04-02 "}},
		{"was in a capital when", "The head of state was in Paris when the news broke.", nil},
		{"will head to", "Modi will head to Tokyo next week.", []string{"visit planned 2023-W15 "}},
		{"head of state", "The head of state spoke to reporters in Tokyo.", nil},
		{"set off for", "Foreign Minister Penny Wong set off for Wellington on Monday.", []string{"visit "}},
		{"set off for a race", "The runners set off for the finish line on Monday.", nil},
		{"welcomed into the bloc", "Timor-Leste was formally welcomed into ASEAN on 26 October 2022.", []string{"accession reported 2022-10-26 "}},
		{"visitors welcomed into a museum", "Visitors were welcomed into the NATO museum.", nil},
		{"appositive second visit", "Prime Minister Anthony Albanese arrived in Tokyo on Sunday for talks, his second visit to Japan since taking office.", []string{"visit reported 2023-04-02 ", "!visit reported - "}},
		{"second stop after a where clause", "On Tuesday President Lula travelled on to Osaka, where he opened a trade mission, and then to Seoul for a meeting with President Yoon Suk Yeol.", []string{"visit reported 2023-04-04 Lula@Osaka", "visit reported 2023-04-04 Lula+Yoon Suk Yeol+South Korea@Seoul"}},
		{"the two sides will reconvene", "Armenia and Azerbaijan said the two sides will reconvene in Geneva next week.", []string{"meeting planned 2023-W15 "}},
		{"the court will reconvene", "The court will reconvene on Monday.", nil},
		{"skipped the previous one", "The Summit of the Americas opened in Los Angeles on Monday. Donald Trump skipped the previous one, in Lima in April 2018.", []string{"summit reported 2018-04 "}},
		{"the previous one of a final", "The league final was in Madrid. The previous one, in Lima in April 2018, was a draw.", nil},
		{"a leader will be in his own capital", "Brazilian President Lula will be in Brasilia on Monday.", nil},
		{"a prince is in his own capital", "The Saudi crown prince is in Riyadh this week.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(t, tt.text)
			if tt.want == nil {
				if len(got) > 0 {
					t.Errorf("%q: want no event, got %q", tt.text, got)
				}
				return
			}
			for _, w := range tt.want {
				if not, ok := strings.CutPrefix(w, "!"); ok {
					for _, g := range got {
						if strings.HasPrefix(g, not) {
							t.Errorf("%q: want no event %q, got %q", tt.text, not, got)
						}
					}
					continue
				}
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("%q: want an event %q, got %q", tt.text, w, got)
				}
			}
		})
	}
}
