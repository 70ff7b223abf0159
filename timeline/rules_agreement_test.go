package timeline_test

import (
	"strings"
	"testing"
)

// TestAgreementForms covers the ways a journalist reports an agreement, a
// founding or another diplomatic act beyond "signed a treaty": agreements
// as clauses ("agreed that", "agreed to"), joint texts, dated document
// mentions, announced and reached agreements, failed ones, and
// parliamentary consent. Each wanted event is a prefix of "type status
// date actors@location"; nil wants no event at all (a hard negative).
func TestAgreementForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "!x": no event may start with x
	}{
		// agreed that / to / on
		{"agreed on day that", "Serbia and Kosovo agreed on Monday that car plates would be recognised on both sides.", []string{"agreement reported 2023-04-03 Serbia+Kosovo"}},
		{"they agreed that", "Prime Minister Pashinyan and President Aliyev met in Prague on 6 October 2022. On 6 October 2022 they agreed that a civilian mission would monitor the border.", []string{"meeting reported 2022-10-06", "agreement reported 2022-10-06"}},
		{"the two sides agreed to", "The two sides agreed on Friday to extend the fishing quota for another decade, Ecuador and Peru said.", []string{"agreement reported 2023-03-31"}},
		{"agreed in principle to", "Chile and Bolivia agreed in principle last week to share the water of the Silala river.", []string{"agreement reported 2023-W13 Chile+Bolivia"}},
		{"agreed on a swap", "The two governments agreed on a prisoner swap on Tuesday, Kyrgyzstan and Tajikistan announced.", []string{"agreement reported 2023-04-04"}},
		{"named leaders agreed", "Presidents Lula and Petro agreed on Thursday to coordinate patrols on the Amazon border.", []string{"agreement reported 2023-03-30"}},
		{"agreed to reopen embassies is not an agreement", "Under the memorandum, Qatar and Egypt agreed to reopen their embassies in Doha and Cairo.", []string{"other-diplomatic"}},
		{"agreed to reopen consulates-general", "Both countries also agreed to reopen their consulates-general in Basra and Mashhad.", []string{"other-diplomatic"}},
		{"agreed to reopen a border crossing", "Ankara and Yerevan agreed to reopen a border crossing on Saturday.", []string{"agreement reported 2023-04-01 Turkey+Armenia"}},
		{"agreed to admit is accession", "At the summit, the leaders could agree to admit Bosnia as a full member of the bloc, the EU said.", []string{"!agreement"}},
		{"failed to agree", "Japan and South Korea failed to agree on a text on Wednesday.", []string{"agreement negated 2023-04-05 Japan+South Korea"}},
		{"passive agreed", "A prisoner exchange between Armenia and Azerbaijan was agreed in December 2022.", []string{"agreement reported 2022-12"}},
		// reached, announced, concluded
		{"reached an understanding", "Greece and Turkey reached an understanding on maritime boundaries in Athens on 7 December 2022.", []string{"agreement reported 2022-12-07 Greece+Turkey@Athens"}},
		{"arrangement could be reached", "Lavrov said a new arrangement with Ukraine could be reached within weeks.", []string{"agreement hypothetical -"}},
		{"agreement announced", "The visit builds on the accord announced in Doha on 28 February between the United States and the Taliban.", []string{"agreement reported 2023-02-28"}},
		{"deal was announced", "A ceasefire deal between Israel and Hezbollah was announced in Washington on 26 November 2022.", []string{"agreement reported 2022-11-26"}},
		{"conclude a named plan", "Foreign ministers of Iran and the six powers gathered in Geneva on Sunday to conclude the Joint Plan of Action.", []string{"meeting", "agreement reported 2023-04-02"}},
		// joint texts
		{"in a joint statement before the verb", "In a joint statement on Tuesday, President Ruto and Prime Minister Modi welcomed the rise in trade.", []string{"agreement reported 2023-04-04"}},
		{"endorsed in a joint communiqué, far", "Leaders of the G7 endorsed Ukraine's ten-point reconstruction blueprint for the war-torn east in a joint communiqué on Sunday.", []string{"agreement reported 2023-04-02"}},
		{"declined to endorse a statement", "Hungary declined to endorse a separate statement on migration, diplomats said.", []string{"agreement negated"}},
		// dated document mentions
		{"year before a named treaty", "The ministers restated the goals set in the 1994 Marrakesh Agreement, according to Morocco.", []string{"agreement reported 1994"}},
		{"month and year before a memorandum", "The March 2020 Turkish–Russian protocol on Idlib, agreed in Moscow, set up joint patrols.", []string{"agreement reported 2020-03"}},
		{"under the dated accord", "Iran's enrichment is capped under the 2015 nuclear deal with the United States and five other powers.", []string{"agreement reported 2015"}},
		{"publication of a communiqué", "Talks between Japan and China ended on 29 September 1972 with the publication of the Joint Communiqué.", []string{"agreement reported 1972-09-29"}},
		// without agreement
		{"collapsed without a deal", "Talks between Egypt and Ethiopia on the dam collapsed without a deal on 19 December 2023.", []string{"agreement negated"}},
		// founding
		{"states founded a bank", "In July 2014 the BRICS countries founded a development bank with its headquarters in Shanghai.", []string{"founding reported 2014-07"}},
		{"relation under which is the agreement", "The talks build on the accord announced in Beijing on 10 January, under which Jordan and Syria undertook to restore relations.", []string{"agreement reported 2023-01-10"}},
		// other-diplomatic: parliamentary consent
		{"parliament approved it by votes", "The treaty with France needs the consent of both parliaments. Germany's Bundestag approved it on Friday by 482 votes to 104.", []string{"other-diplomatic reported 2023-03-31"}},
		{"senate ratified by votes", "Canada's Senate approved the accession protocol on Thursday by 80 votes to 2.", []string{"other-diplomatic reported 2023-03-30"}},
		// pronoun and text objects, plurals, direct objects
		{"signed it after a treaty", "The charter itself ran to four pages. Presidents Gabriel Boric and Alberto Fernandez signed it in Santiago on 3 March 2022.", []string{"agreement reported 2022-03-03"}},
		{"initialled the text", "The treaty was agreed in February. On Monday, 3 April 2023, the chief negotiators of Serbia and Kosovo initialled the text in Ohrid.", []string{"agreement reported 2023-04-03"}},
		{"memorandums", "On Tuesday Japan signed defence memorandums with Manila and Hanoi.", []string{"agreement reported 2023-04-04"}},
		{"agreed a communiqué", "Foreign ministers of the Arab League agreed a communiqué on Sunday.", []string{"agreement reported 2023-04-02"}},
		{"unveiled a joint declaration", "The Nordic prime ministers unveiled a joint declaration on Arctic security in Oslo on Monday.", []string{"agreement reported 2023-04-03"}},
		{"named document then its date", "The war in Bosnia was formally ended by the Dayton Agreement in December 1995.", []string{"agreement reported 1995-12"}},
		// foundings with generic or new names
		{"the body set up in", "Kenya and Ethiopia asked the African Union to revive the IGAD monitoring team, the body set up in 2008 to watch the border.", []string{"founding reported 2008"}},
		{"the movement was launched", "The Non-Aligned Movement, which India and Egypt championed, grew from the Bandung meeting. The movement was formally launched in Belgrade in September 1961.", []string{"founding reported 1961-09"}},
		{"proclaimed a partnership", "Leaders of ASEAN and the Gulf states met in Riyadh in October 2022 and proclaimed a New Gulf–Asian Strategic Partnership.", []string{"founding reported 2022-10"}},
		{"Office, set up that July", "The treaty created the German-Polish Youth Office, set up that July in Potsdam, according to Poland.", []string{"founding"}},
		// other acts
		{"ordering out", "Moscow answered on Friday, ordering out ten Estonian diplomats and recalling its envoy.", []string{"other-diplomatic reported 2023-03-31"}},
		{"sent home diplomats", "After the espionage case, Poland and Belarus sent home two of each other's diplomats.", []string{"other-diplomatic reported -"}},
		{"return of high commissioners", "A thaw would begin with a return of high commissioners to London and Nairobi.", []string{"other-diplomatic"}},
		{"switched to Beijing", "The island state switched to Beijing in 2019, ending relations with Taiwan.", []string{"other-diplomatic reported 2019"}},
		{"could switch recognition", "Officials in Taipei fear that a new government in Port-au-Prince could switch recognition to Beijing.", []string{"other-diplomatic hypothetical"}},
		{"no longer recognise", "On 9 December 2021 Nicaragua announced that it would no longer recognise Taiwan as a state.", []string{"other-diplomatic"}},
		{"invitation to join", "The communiqué says the bloc will issue an invitation to Moldova to join when members agree.", []string{"other-diplomatic", "!accession"}},
		{"for ratification", "Orban said he would send Finland's accession protocol to parliament for ratification.", []string{"other-diplomatic"}},
		{"relations resumed by a communiqué", "Honduras and China formally established diplomatic relations in Beijing on Sunday, when their foreign ministers signed a joint communiqué.", []string{"agreement reported 2023-04-02", "!other-diplomatic"}},
		// more forms
		{"parties agreed in a city on", "In 1999 the parties agreed in Addis Ababa on a procedure for border talks, Ethiopia and Eritrea said.", []string{"agreement reported 1999"}},
		{"agreed on how to", "Belgrade and Pristina had agreed on Saturday on how to implement the plan, Borrell said.", []string{"agreement reported 2023-04-01"}},
		{"initial the agreement", "In April 2013 Prime Ministers Dacic and Thaci initial the first agreement on normalisation in Brussels.", []string{"agreement reported 2013-04"}},
		{"sign commitments", "On 4 September 2020 Serbia and Kosovo sign economic commitments at the White House.", []string{"agreement reported 2020-09-04"}},
		{"reaches a loose deal", "Serbia will not join the EU until it reaches a full, legally binding deal with Kosovo.", []string{"agreement"}},
		{"protocol, concluded on", "The Lima Protocol, concluded on 3 June 1929 between Chile and Peru, settled the Tacna question.", []string{"agreement reported 1929-06-03"}},
		{"produced no agreement", "The meeting of Japan and China produced no written agreement.", []string{"agreement negated"}},
		{"delegates adopted a communiqué", "In 1961 Yugoslavia hosted the conference. On 6 September 1961 the delegates adopted a final declaration.", []string{"agreement reported 1961-09-06"}},
		{"states founded a pact", "On 14 May 1955 the Soviet Union and seven Eastern European states founded a military pact in Warsaw.", []string{"founding reported 1955-05-14"}},
		{"recognises it", "Kosovo declares independence on 17 February 2008. Germany recognises it on 20 February 2008.", []string{"other-diplomatic reported 2008-02-20"}},
		{"plan to normalise is no act", "Serbia and Kosovo agreed on Saturday on a plan to normalise relations.", []string{"agreement reported 2023-04-01", "!other-diplomatic"}},
		{"agreed that, with talks later", "Armenia and Azerbaijan agreed on Friday that troops must pull back 5 kilometres from the line, after nine hours of talks between Pashinyan and Aliyev.", []string{"agreement reported 2023-03-31"}},
		{"agreed that they will meet", "The leaders agreed that the special envoys on the boundary question, Ajit Doval and Wang Yi, will meet at an early date.", []string{"!agreement"}},
		{"named charter, signed in", "The Charter of the Organization of American States, signed in April 1948 in Bogotá, set up the OAS.", []string{"agreement reported 1948-04"}},
		{"framework of parameters reached", "The deal builds on the framework of key principles reached in Geneva on 24 November 2013 between Iran and the six powers.", []string{"agreement reported 2013-11-24"}},
		{"relations which X broke off", "Iran and Egypt have no diplomatic relations, which Cairo broke off in May 1980.", []string{"other-diplomatic reported 1980-05"}},
		{"parliament voted on a day to lift", "Hungary's parliament voted on Monday to lift it, ending the delay.", []string{"other-diplomatic reported 2023-04-03"}},
		{"terms of entry approved", "In December 2015 Afghanistan's terms of entry were approved by WTO trade ministers.", []string{"other-diplomatic reported 2015-12"}},
		{"agreement between the two States", "The ministry believes that a trade agreement between the two States could be concluded next year.", []string{"agreement hypothetical"}},
		{"hammered out a deal", "Egypt and Sudan hammered out a water-sharing deal in Khartoum on Monday.", []string{"agreement reported 2023-04-03 Egypt+Sudan"}},
		{"brokered a ceasefire", "Qatar brokered a ceasefire between Israel and Hamas on 15 January 2022.", []string{"agreement reported 2022-01-15"}},
		{"came to terms on", "The two governments came to terms on a new fisheries accord on Tuesday, Norway and Iceland said.", []string{"agreement reported 2023-04-04"}},
		{"sealed a swap", "Ukraine and Russia sealed a prisoner swap on Saturday.", []string{"agreement reported 2023-04-01 Ukraine+Russia"}},
		{"reached a consensus", "India and China reached a consensus on patrolling along the border on Monday.", []string{"agreement reported 2023-04-03 India+China"}},
		{"launched a grouping", "Leaders of Brazil, Russia, India and China launched the BRIC grouping in Yekaterinburg in June 2009.", []string{"founding reported 2009-06"}},
		{"parliament gave consent", "The European Parliament gave its consent to the trade deal with Chile on Tuesday.", []string{"other-diplomatic reported 2023-04-04"}},
		{"parliament ratified a membership", "Turkey's parliament ratified Sweden's NATO membership on 23 January 2023.", []string{"other-diplomatic reported 2023-01-23", "!agreement"}},
		// leaving or rejoining a named treaty is not the treaty
		{"pulled out of a treaty", "Russia pulled out of the Open Skies Treaty in December 2021.", []string{"!agreement"}},
		{"rejoined an agreement", "The United States rejoined the Paris Agreement on 19 February 2021.", []string{"!agreement"}},
		{"withdrawal from an organisation", "Nicaragua announced its withdrawal from the Organization of American States in November 2021.", []string{"other-diplomatic reported 2021-11"}},
		{"organisation suspended a state", "The African Union suspended Gabon on 31 August 2022.", []string{"other-diplomatic reported 2022-08-31"}},
		{"agreed to restore visa services", "Canada and India agreed to restore visa services on Thursday.", []string{"other-diplomatic reported 2023-03-30", "!agreement"}},
		{"union came into force", "The Eurasian Economic Union came into force on 1 January 2015.", []string{"founding reported 2015-01-01"}},
		{"alliance was born in", "NATO was born in Washington in April 1949.", []string{"founding reported 1949-04"}},
		{"declared their war over", "The border reopened on Monday, a week after the two countries declared their war over, Ethiopia said.", []string{"agreement reported"}},
		{"accept the text of", "On 3 March 2023 Vucic and Kurti accept the text of the EU plan in Brussels, without signing it.", []string{"agreement reported 2023-03-03"}},
		{"agreement, reached after", "The agreement, reached after 17 days of talks between Iran and six powers, was announced on 14 July 2015.", []string{"agreement reported 2015-07-14"}},
		{"said in a joint statement", "Japan and Australia said in a joint statement on Monday that they would deepen defence ties.", []string{"agreement reported 2023-04-03 Japan+Australia"}},
		{"in a joint communiqué, vowed", "In a joint communiqué on Friday, the two sides vowed to double trade by 2030, Kenya and Tanzania said.", []string{"agreement reported 2023-03-31"}},
		{"joint statement issued", "According to a joint statement issued after the talks, Egypt and Qatar will restore flights.", []string{"agreement"}},
		{"signed a joint statement once", "Japan and Australia signed a joint statement on Monday, in which they said they would deepen defence ties.", []string{"agreement reported 2023-04-03"}},
		{"put pen to paper", "The EU and Chile put pen to paper on a trade deal on 13 December 2022.", []string{"agreement reported 2022-12-13"}},
		{"withdrew recognition", "Serbia says Togo withdrew its recognition of Kosovo in 2019.", []string{"other-diplomatic reported 2019"}},
		{"exchanged ambassadors", "Israel and Bahrain exchanged ambassadors in June 2021.", []string{"other-diplomatic reported 2021-06"}},
		{"expected to agree on a boundary", "Kenya and Somalia are expected to agree on a maritime boundary next month.", []string{"agreement planned 2023-05 Kenya+Somalia"}},
		{"deal could be hammered out", "A deal could be hammered out within days, Turkish officials said.", []string{"agreement hypothetical"}},
		{"unable to agree", "Negotiators in Doha were unable to agree on a ceasefire on Sunday.", []string{"agreement negated 2023-04-02"}},
		{"will issue a joint statement", "The two countries will issue a joint statement after the meeting, Vietnam and Laos said.", []string{"agreement planned"}},
		{"statement, agreed by", "The statement, agreed by all twenty members of the G20 in Bali on 16 November 2022, condemned the war.", []string{"agreement reported 2022-11-16"}},
		{"relations between X and Y, which Z broke off", "The deal does not restore relations between Rabat and Tehran, which Morocco broke off in May 2018.", []string{"other-diplomatic reported 2018-05"}},
		{"voted to ratify an accession once", "On Thursday Turkey's parliament voted to ratify the Nordic country's accession.", []string{"other-diplomatic reported 2023-03-30"}},
		{"closing its embassy and recalling", "Taipei responded on Monday by closing its embassy in Honiara and recalling its ambassador.", []string{"other-diplomatic reported 2023-04-03", "other-diplomatic"}},
		{"sign a communiqué establishing relations", "President Sogavare will travel to Beijing next month to sign a communiqué establishing relations with China.", []string{"agreement planned 2023-05", "!other-diplomatic"}},
		{"named initiative, brokered by", "The Black Sea Grain Initiative, brokered by the United Nations and Turkey in July 2022, let Ukraine export grain.", []string{"agreement reported 2022-07"}},
		{"gave candidate status", "EU leaders gave Ukraine and Moldova candidate status on 23 June 2022.", []string{"other-diplomatic reported 2022-06-23"}},
		{"won candidate status", "Bosnia won candidate status in December 2022.", []string{"other-diplomatic reported 2022-12"}},
		{"first country to recognise", "Sweden became the first EU country to recognise Palestine in October 2014.", []string{"other-diplomatic reported 2014-10"}},
		{"opened diplomatic relations", "Bhutan and India opened diplomatic relations in 1968.", []string{"other-diplomatic reported 1968"}},
		{"a state's deal with another, dated", "Sudan's deal with Israel last October angered many in Khartoum.", []string{"agreement reported 2022-10 Sudan+Israel"}},
		{"a state's deal with powers, dated", "Iran's nuclear deal with world powers in 2015 lifted sanctions.", []string{"agreement reported 2015"}},
		{"ties were restored", "Ties between the two nations were restored in 2016.", []string{"other-diplomatic reported 2016"}},
		{"ambassador was summoned", "The Russian ambassador was summoned to the foreign ministry in Warsaw on Tuesday.", []string{"other-diplomatic reported 2023-04-04"}},
		{"a dated restatement is another treaty", "Vietnam and Laos signed a trade agreement in Hanoi on Monday. The treaty, which was signed in 1977, remains in force between the neighbours.", []string{"agreement reported 2023-04-03", "agreement reported 1977"}},
		// hard negatives
		{"undated relative restatement", "Vietnam and Laos signed a trade agreement in Hanoi on Monday. The agreement, which was signed at the presidential palace, cuts tariffs.", []string{"agreement reported 2023-04-03", "!agreement reported -"}},
		{"undated passive restatement", "Vietnam and Laos signed a trade agreement in Hanoi on Monday. The deal was struck after two years of talks between the neighbours.", []string{"agreement reported 2023-04-03", "!agreement reported -"}},
		{"personae non gratae", "The Kremlin declared two Estonian diplomats personae non gratae on Thursday.", []string{"other-diplomatic reported 2023-03-30"}},
		{"closure of a consulate", "Moscow ordered the closure of the Finnish consulate in St Petersburg on Friday.", []string{"other-diplomatic reported 2023-03-31"}},
		{"kicked out diplomats", "Prague kicked out 18 Russian diplomats on Saturday.", []string{"other-diplomatic reported 2023-04-01"}},
		{"appointed ambassadors", "Turkey and Israel appointed ambassadors to each other in August 2022.", []string{"other-diplomatic reported 2022-08"}},
		{"set up a liaison office", "North Korea and South Korea set up a joint liaison office in Kaesong in September 2018.", []string{"other-diplomatic reported 2018-09"}},
		{"closure of a factory", "The closure of the factory in Lyon was announced by France on Monday.", nil},
		{"kicked out of a club", "The striker was kicked out of the club in Madrid on Monday.", nil},
		{"trying to seal a deal", "Turkey is trying to seal a deal with Sweden before the end of the year.", []string{"agreement hypothetical"}},
		{"could hammer out", "The two sides could hammer out a deal on fishing rights next week, Norway and Iceland said.", []string{"agreement hypothetical 2023-W15"}},
		{"failed to clinch", "The leaders of Serbia and Kosovo failed to clinch a deal in Brussels on Friday.", []string{"agreement negated 2023-03-31"}},
		{"a body set up to broker", "Minsk asked the OSCE to wind up the Minsk Group, the body set up in 1992 to broker a settlement over Nagorno-Karabakh.", []string{"!agreement"}},
		{"timeline present agree on", "- 18 March 2023: Serbia and Kosovo agree on an implementation annex in Ohrid.", []string{"agreement reported 2023-03-18"}},
		{"both sides agree that", "Both sides agree that the ceasefire along the line is fragile.", nil},
		{"a dated year mention restates the treaty", "The Antarctic Treaty was signed in Washington on 1 December 1959 by twelve states. The 1959 treaty bans military activity, Argentina says.", []string{"agreement reported 1959-12-01", "!agreement reported 1959 "}},
		{"a dated mention with its own signing clause", "Japan backs the 1991 Protocol on Environmental Protection, which was signed in Madrid on 4 October 1991.", []string{"agreement reported 1991-10-04", "!agreement reported 1991 "}},
		{"a treaty that created an organisation is the founding", "The union traces its origins to the Treaty of Rome of 25 March 1957, which created the European Economic Community.", []string{"founding reported 1957-03-25", "!agreement"}},
		{"its exit from an organisation", "Burkina Faso announced its exit from ECOWAS on Sunday.", []string{"other-diplomatic reported 2023-04-02"}},
		{"accredited an ambassador", "Kenya accredited its first ambassador to the Holy See on Monday.", []string{"other-diplomatic reported 2023-04-03"}},
		{"ended a cooperation agreement", "Mali ended its defence cooperation agreement with France on 2 May 2022.", []string{"other-diplomatic reported 2022-05-02", "!agreement"}},
		{"pulled out of a treaty", "Russia pulled out of the Open Skies Treaty in December 2021.", []string{"other-diplomatic reported 2021-12"}},
		{"withdrew from a treaty", "The United States withdrew from the INF treaty in August 2019.", []string{"other-diplomatic reported 2019-08"}},
		{"company ended a supply agreement", "The company ended its supply agreement with Apple on Monday.", nil},
		{"club terminated a contract", "The club terminated the player's contract in Madrid.", nil},
		{"leaving an agreement on joining is a step", "Croatia also had to leave the Central European Free Trade Agreement on joining the EU.", []string{"!other-diplomatic"}},
		{"attended a signing ceremony", "Leaders of Israel and Bahrain attended a signing ceremony at the White House on 15 September 2020.", []string{"agreement reported 2020-09-15"}},
		{"a signing ceremony restated", "Israel and Bahrain signed the accords on 15 September 2020. The signing ceremony at the White House lasted an hour.", []string{"agreement reported 2020-09-15", "!agreement reported -"}},
		{"company signing ceremony", "The company held a signing ceremony for the merger in Tokyo on Monday.", nil},
		{"founded by a treaty, signed on", "Mercosur was established by the Treaty of Asunción, signed on 26 March 1991.", []string{"founding reported 1991-03-26", "!agreement"}},
		{"anniversary of a treaty", "Macron and Scholz marked the 60th anniversary of the Elysee Treaty on 22 January 2023 in Paris.", []string{"!agreement"}},
		{"celebrated a dated treaty", "France and Germany celebrated the 1963 Elysee Treaty in Paris on Sunday.", []string{"!agreement"}},
		{"anniversary of a signing", "EU leaders met in Lisbon on 13 December 2017, the tenth anniversary of the signing of the Lisbon Treaty.", []string{"meeting", "!agreement"}},
		{"marked an anniversary by signing", "Vietnam and Japan marked the 50th anniversary of relations by signing a new partnership on 27 November 2023.", []string{"agreement"}},
		{"agreed with a state to", "Turkey agreed with Russia on Tuesday to run joint patrols in northern Syria.", []string{"agreement reported 2023-04-04 Turkey+Russia"}},
		{"agreed with a state on", "Japan agreed with South Korea on a plan to compensate wartime labourers in March 2023.", []string{"agreement reported 2023-03 Japan+South Korea"}},
		{"agreed with a person on an opinion", "I agreed with Macron that the food was excellent, the minister said.", nil},
		{"agreed to deepen cooperation", "The two leaders agreed to deepen cooperation on energy, Egypt and Kenya said.", nil},
		{"agreed to expand trade", "Vietnam and Brazil agreed on Monday to expand trade and investment.", nil},
		{"agreed on the importance", "The leaders of Japan and Canada agreed on the importance of a free and open Indo-Pacific.", nil},
		{"in the joint statement after signing it", "Japan and India signed a joint statement in Tokyo on Monday. In the joint statement, the two sides said they would deepen defence ties.", []string{"agreement reported 2023-04-03", "!agreement reported -"}},
		{"year, adjective, agreement", "The deal replaces the 2017 intergovernmental agreement between Uganda and Tanzania.", []string{"agreement reported 2017"}},
		{"association agreement", "The 2014 association agreement between the EU and Ukraine took effect in 2017.", []string{"agreement reported 2014"}},
		{"the agreement of a date", "The talks build on the agreement of 10 March between Riyadh and Tehran.", []string{"agreement reported 2023-03-10"}},
		{"budget deal with a year", "Germany's 2019 budget deal angered unions.", nil},
		{"sponsorship agreement with a year", "The 2019 sponsorship agreement between the club and Qatar Airways ends in June.", nil},
		{"police sealed off", "Police sealed off the border area near Lviv on Monday.", nil},
		{"a company's deal", "Boeing's deal with Qatar Airways in 2019 was worth billions.", nil},
		{"won a match", "France won the match against Brazil on Sunday.", nil},
		{"in a deal brokered by is the act's", "Israel and Morocco agreed on Thursday to establish full diplomatic relations, in a deal brokered by the United States.", []string{"other-diplomatic reported 2023-03-30", "!agreement"}},
		{"closing of a factory", "The closing of the car factory in Turin was announced on Monday by Italy's industry minister.", nil},
		{"the agreement, signed by, restates", "Uganda and Tanzania signed a pipeline agreement in Kampala on Wednesday. The agreement, signed by Presidents Museveni and Hassan, sets a tariff.", []string{"agreement reported 2023-04-05"}},
		{"a second named agreement, signed by", "India and Pakistan signed the Tashkent Declaration in January 1966. The Shimla Agreement, signed by Indira Gandhi and Zulfikar Ali Bhutto on 2 July 1972, followed the 1971 war between India and Pakistan.", []string{"agreement reported 1966-01", "agreement reported 1972-07-02"}},
		{"ministers issue statements", "The ministers issue statements every week.", nil},
		{"companies reached an understanding", "Apple and Google reached an understanding on patents in London on Monday.", nil},
		{"manufacturer struck a deal", "Boeing struck a deal with Air India in Paris on Tuesday.", nil},
		{"club agreed a deal", "Manchester United agreed a deal for the Brazilian winger on Monday.", nil},
		{"lawmakers approved a budget", "Lawmakers approved the budget on Thursday by 300 votes to 200 in Kyiv.", nil},
		{"leaders agreed to step up pressure", "The leaders agreed to step up pressure on Russia.", nil},
		{"parties agreed to a coalition", "In Berlin the two parties agreed on Sunday to form a coalition government.", nil},
		{"opposition parties agreed that", "Opposition parties in Ankara agreed on Monday that they would field one candidate.", nil},
		{"coalition deal", "Germany's Social Democrats struck a coalition deal with the Greens in Berlin on 24 November 2021.", nil},
		{"agree to disagree", "Serbia and Kosovo agreed to disagree.", nil},
		{"company joint statement", "The company said in a joint statement with its partner that the merger would close.", nil},
		{"war declared by one state", "Russia declared the war over in Chechnya in 2009.", []string{"!agreement"}},
		{"born of", "The OSCE says the body was born of détente.", nil},
		{"withdrawal of troops", "The withdrawal from the EU mission of French troops began in 2019.", []string{"!other-diplomatic"}},
		{"brokered by is no second event", "The accord, brokered by Norway, was signed in Oslo on Thursday.", []string{"agreement reported 2023-03-30"}},
		{"bank secured a loan", "The bank secured a loan agreement with the company.", nil},
		{"investors came to terms", "Investors came to terms with the losses on Monday, said the Treasury in Washington.", nil},
		{"voted to lift a ban at home", "The city council voted on Monday to lift the parking ban in Paris.", []string{"!other-diplomatic"}},
		{"treaty still to be ratified", "Under the treaty, which must still be ratified, Russian forces are to leave within ninety days.", []string{"!agreement"}},
		{"initial adjective", "The initial agreement between the firms in Paris collapsed.", nil},
		{"relations froze", "Relations froze again after the invasion of Afghanistan by the Soviet Union.", nil},
		{"production switched", "Production of the phone switched to China in 2010.", nil},
		{"company set up", "The company, set up in 1994 in Lagos, sells phones.", nil},
		{"sent home pupils", "Schools in Seoul sent home pupils on Monday as the storm hit.", nil},
		{"leaders agreed an assessment", "EU leaders agreed on Friday that it was highly likely that Russia was behind the attack.", nil},
		{"agreed to keep in touch", "The two presidents agreed that their teams would stay in close contact.", nil},
		{"company deal announced", "A merger agreement between the two carmakers was announced in Tokyo on Monday.", nil},
		{"wage deal reached", "Unions and employers reached an understanding on wages in Berlin on Tuesday.", nil},
		{"analysts agree", "Analysts in Brussels agree that the accord is fragile.", nil},
		{"economists agreed", "Economists at the European Central Bank agreed on Thursday that inflation would fall.", nil},
		{"football agreement", "The club and the player reached an arrangement over his contract in Madrid.", nil},
		{"company founded a bank", "The company founded a bank in Lagos in 2012.", nil},
		{"university research agreement", "Researchers from universities in Japan and Chile signed a research agreement in Santiago on Monday.", nil},
		{"shareholders approved by votes", "Shareholders approved the merger on Friday by 900 votes to 30.", nil},
		{"signed into law", "President Biden signed the bill into law on Friday.", nil},
		{"agree to disagree", "Serbia and Kosovo, the envoy said, agreed to disagree.", nil},
		// round 2: a long subject, parliamentary consent to a treaty
		{"negotiators led by two envoys reached agreement", "Chilean negotiators led by Ana Torres and Luis Vega had reached agreement with their Argentine counterparts on Monday.", []string{"agreement reported 2023-04-03 "}},
		{"delegation headed by reached a deal", "The Thai delegation headed by Foreign Minister Don Pramudwinai reached a deal with Cambodia on Tuesday.", []string{"agreement reported 2023-04-04 "}},
		{"senate must approve them", "Peru and Ecuador signed two treaties on Monday. The Senate must approve them by a two-thirds majority.", []string{"other-diplomatic "}},
		{"duma ratified the treaty", "Russia and Norway signed a border treaty. The Duma ratified the treaty on Tuesday.", []string{"other-diplomatic reported 2023-04-04 "}},
		{"senate approve a merger", "The Senate must approve the merger of the two airlines by June.", nil},
		{"parliament ratified a budget", "Parliament ratified the budget on Tuesday.", nil},
		{"suspending a treaty", "Canberra answered by suspending its extradition treaty with the territory in July.", []string{"other-diplomatic reported 2022-07 ", "!agreement"}},
		{"assembly ratified", "Japan and Peru signed the pact in May. Peru's Congress ratified the treaty in August 1965.", []string{"other-diplomatic reported 1965-08 ", "!agreement reported 1965"}},
		{"suspended a sponsorship deal", "The club suspended its sponsorship deal with the airline in July.", nil},
		{"it was signed", "The Indus treaty ran to twelve articles. It was signed in Karachi by Nehru and Ayub Khan on 19 September 1960.", []string{"agreement reported 1960-09-19 "}},
		{"exchanged instruments of ratification", "Peru and Chile on Monday exchanged the instruments of ratification of their maritime boundary treaty.", []string{"agreement reported 2023-04-03 "}},
		{"instruments of ratification were exchanged", "The Chile-Argentina treaty entered into force on 2 May 1985, when instruments of ratification were exchanged in the Vatican.", []string{"agreement reported 1985-05-02 "}},
		{"teams exchanged shirts", "The two teams exchanged shirts after the match on Sunday.", nil},
		{"ties would be restored", "The two foreign ministers said on Monday that ties would be gradually restored, Colombia and Venezuela announced.", []string{"other-diplomatic "}},
		{"embassies reopened", "Embassies in both capitals reopened soon afterwards.", []string{"other-diplomatic reported - "}},
		{"shops reopened", "Shops in both capitals reopened on Monday.", nil},
		{"launched a partnership", "Joe Biden and Nguyen Phu Trong launched a comprehensive strategic partnership in Hanoi in September 2013.", []string{"founding reported 2013-09 "}},
		{"launched a product", "Apple and Samsung launched a new phone in Seoul in September 2023.", nil},
		{"suspending obligations", "In August 1986 Washington suspended its security obligations to New Zealand.", []string{"other-diplomatic reported 1986-08 "}},
		{"invoked the treaty", "Australia invoked the ANZUS treaty for the first time on 14 September 2001.", []string{"other-diplomatic reported 2001-09-14 "}},
		{"invoked a clause of a contract", "The club invoked the release clause in the striker's contract.", nil},
		{"went back to Taipei", "Kiribati first recognised Beijing in 1980. The island switched to Beijing in 2003, then went back to Taipei four years later.", []string{"other-diplomatic reported 2007 "}},
		{"went back to a capital", "He switched jobs in 2002, then went back to Paris.", nil},
		{"cooperation documents", "China and Samoa signed a package of economic cooperation documents on Saturday.", []string{"agreement reported 2023-04-01 "}},
		{"without agreeing a joint statement", "APEC leaders ended their meeting in Lima on Sunday without agreeing a joint statement.", []string{"agreement negated 2023-04-02 "}},
		{"board without signing", "The board ended its meeting without signing a deal with the supplier.", nil},
		{"accord followed talks", "That accord followed talks in Beijing between Iran and Saudi Arabia from 6 to 10 March.", []string{"!agreement"}},
		{"accord followed in", "Egypt and Israel signed a first Sinai agreement in 1974. A second Sinai agreement followed in September 1975.", []string{"agreement reported 1975-09 "}},
		{"declaration which restored ties", "The two leaders met in Singapore on the basis of the 1956 joint declaration, which restored diplomatic ties between Tokyo and Moscow.", []string{"!other-diplomatic"}},
		{"veto kept a state out", "De Gaulle said Britain was not ready for the Common Market, and his veto kept London out for another decade.", []string{"other-diplomatic "}},
		{"vetoed an application", "In 1967 de Gaulle vetoed Britain's second application to the Common Market.", []string{"other-diplomatic reported 1967 "}},
		{"veto kept a bill", "The president's veto kept the bill alive.", nil},
		{"joint declaration to be issued", "A joint declaration is expected to be issued before Prime Minister Modi flies home from Dhaka this evening.", []string{"agreement planned "}},
		{"statement to be issued by a company", "A statement is expected to be issued by the company this evening.", nil},
		{"senate approve them after treaties", "The two treaties still face hurdles in Washington. The Senate must approve them by a two-thirds majority.", []string{"other-diplomatic "}},
		{"walk out of the talks", "Talks stalled in 1953, when a Japanese delegate's remarks led Seoul to walk out of the talks.", []string{"other-diplomatic reported 1953 ", "!meeting"}},
		{"walked out of wage talks", "The union's negotiators walked out of the wage talks on Monday.", nil},
		{"the bloc it quit", "Bolivia may yet rejoin the Andean Community, the trade bloc it quit in 2009.", []string{"other-diplomatic reported 2009 "}},
		{"the club it left", "It was the club it left in 2006.", nil},
		{"named framework which governments adopted", "The leaders reaffirmed the Bicentennial Framework for Security, Public Health, and Safe Communities, which their governments adopted in Lima in October 2021.", []string{"agreement reported 2021-10 "}},
		{"named accords which two states signed", "The Camp David Accords, which Egypt and Israel signed in 1978, still hold.", []string{"agreement reported 1978 "}},
		{"which it adopted as policy", "Apple praised the Paris Agreement, which it adopted as policy in 2016.", nil},
		{"agreed to resume flights", "Japan and China agreed on Monday to resume direct flights.", []string{"agreement reported 2023-04-03 "}},
		{"agreed to resume talks is a meeting", "Japan and China agreed on Monday to resume talks.", []string{"!agreement"}},
		{"partnership announced in", "The AUKUS partnership, announced in September 2021, links Australia, Britain and the United States.", []string{"founding reported 2021-09 "}},
		{"company partnership announced in", "The retail partnership, announced in September 2021, links Tesco and Carrefour, the company said.", nil},
		{"moved its embassy", "Paraguay moved its embassy to Jerusalem in May 2018.", []string{"other-diplomatic reported 2018-05 "}},
		{"moved its headquarters", "The firm moved its headquarters to Dublin in May 2018.", nil},
		{"broke with a capital", "The Dominican Republic broke with Taipei in 2018.", []string{"other-diplomatic reported 2018 "}},
		{"broke with tradition", "Germany broke with tradition in 2022.", nil},
		{"signed off on the text", "Serbia and Kosovo agreed a plan in February. Both sides have now signed off on the text.", []string{"agreement reported - "}},
		{"signed off on a transfer", "The manager signed off on the transfer.", nil},
		{"wrapped up negotiations on an agreement", "India and the EU wrapped up negotiations on a free trade agreement on Monday.", []string{"agreement reported 2023-04-03 "}},
		{"wrapped up wage talks", "The union wrapped up talks on a wage deal.", nil},
		{"a deal could follow", "Officials in Dhaka said a deal on sharing the waters of the Teesta river could follow, India and Bangladesh said.", []string{"agreement hypothetical - "}},
		{"a merger could follow", "A merger with the rival bank could follow.", nil},
		{"recognised a capital", "Panama recognised Beijing and dropped Taipei in June 2017.", []string{"other-diplomatic reported 2017-06 "}},
		{"a deal could be finalised", "Japan and Australia signed a declaration on Monday. Officials said a reciprocal access deal could be finalised by the end of the year.", []string{"agreement hypothetical 2023 "}},
		{"a company deal could be finalised", "Japan and Australia signed a declaration on Monday. Officials said the company's merger deal could be finalised by June.", []string{"!agreement hypothetical"}},
		{"treaty had lost its meaning", "Japan and China signed a communique on Friday. Hours later, Ohira told reporters that Tokyo's treaty with the government in Taipei had lost its meaning.", []string{"other-diplomatic "}},
		{"the brand had lost its meaning", "The chief executive said the brand had lost its meaning for young buyers.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extractBrief(t, tc.text)
			if tc.want == nil {
				if len(got) > 0 {
					t.Errorf("%q: want no event, got %v", tc.text, got)
				}
				return
			}
			for _, w := range tc.want {
				if not, ok := strings.CutPrefix(w, "!"); ok {
					for _, g := range got {
						if strings.HasPrefix(g, not) {
							t.Errorf("%q: want no %q, got %v", tc.text, not, got)
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
					t.Errorf("%q: want %q, got %v", tc.text, w, got)
				}
			}
		})
	}
}
