package timeline_test

import "testing"

// TestVisit3Rules covers further wordings of trips (and meetings and other
// acts) in the format of TestEncounterRules: reference date Wednesday 5
// April 2023; "!prefix" must match no event; a nil want is a hard negative.
func TestVisit3Rules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// a past participle of flying
		{"had flown to", "She had flown to Montevideo for the occasion.", []string{"visit reported - "}},
		{"has flown to", "Foreign Minister Penny Wong has flown to Suva for talks.", []string{"visit reported - Penny Wong+Fiji"}},
		{"had flown to on a day", "Chancellor Olaf Scholz had flown to Abuja on Monday.", []string{"visit reported 2023-04-03 Olaf Scholz+Nigeria"}},
		{"flown in troops", "Troops were flown to Kabul on Monday.", nil},
		{"a flag flown", "The flag has flown over the palace since 1990.", nil},
		// a stay of some days
		{"spent three days in", "President Lula spent three days in Japan before flying on to South Korea.", []string{"visit reported - Lula+Japan", "visit reported - Lula+South Korea"}},
		{"spends a week in", "Prime Minister Narendra Modi spends a week in France in July.", []string{"visit "}},
		{"he spent two days in", "Prime Minister Fumio Kishida landed in Manila on Friday. He spent two days in Cambodia in 2022.", []string{"visit reported 2022 "}},
		{"spent days in prison", "The activist spent three days in prison.", nil},
		{"team spent a week in", "The national team spent a week in Spain before the tournament.", nil},
		{"spent money in", "Tourists spent two days in Rome.", nil},
		{"spent years in a city", "The novelist spent ten years in Paris.", nil},
		// a place after a common noun
		{"to the hill station of", "Prime Minister Imran Khan travelled to the hill station of Murree in late June 1992 for talks.", []string{"visit reported 1992-06 Imran Khan"}},
		{"to the port city of", "Secretary of State Antony Blinken flew to the port city of Aqaba on Sunday.", []string{"visit reported 2023-04-02 Antony Blinken"}},
		{"to the resort of", "President Emmanuel Macron travelled to the resort of Sochi in May 2018.", []string{"visit reported 2018-05 "}},
		{"fans to the city of", "Thousands of fans travelled to the city of Porto for the final.", nil},
		{"to the end of", "The minister travelled to the end of the line.", nil},
		// there, on a dated trip
		{"flew there in", "Chancellor Olaf Scholz flew there in June 2000 to meet President Vladimir Putin.", []string{"visit reported 2000-06 Olaf Scholz", "meeting reported 2000-06 "}},
		{"travelled there on", "Foreign Minister Wang Yi visited Fiji in May. He travelled there on Monday.", []string{"visit reported 2023-04-03 Wang Yi"}},
		{"flew there with", "The engineers flew there with spare parts.", nil},
		// a country written with "the"
		{"flew on to the United States", "Pope Francis flew on to the United States on Monday.", []string{"visit reported 2023-04-03 Pope Francis+United States"}},
		{"travelled to the Philippines", "Defence Minister Richard Marles travelled to the Philippines on Tuesday.", []string{"visit reported 2023-04-04 Richard Marles+Philippines"}},
		{"stay then fly on to the", "Pope Francis spends four days in Peru before flying on to the United States.", []string{"visit reported - Pope Francis+Peru", "visit reported - Pope Francis+United States"}},
		{"flew to the moon", "The astronauts flew to the moon in 1969.", nil},
		{"team flew to the Netherlands", "The hockey team flew to the Netherlands for the final on Monday.", nil},
		// the present of a schedule, and a plural visit noun
		{"flies to on a weekday", "Prime Minister Narendra Modi flies to Madrid on Thursday.", []string{"visit planned 2023-04-06 Narendra Modi+Spain"}},
		{"heads to on a weekday", "President Lula heads to Lisbon on Thursday.", []string{"visit planned 2023-04-06 "}},
		{"flew to on a weekday", "Prime Minister Narendra Modi flew to Madrid on Tuesday.", []string{"visit reported 2023-04-04 "}},
		{"during visits to on a weekday", "President Volodymyr Zelensky secured new pledges during visits to Spain on Sunday.", []string{"visit reported 2023-04-02 Volodymyr Zelensky+Spain"}},
		{"visits to two countries", "President Volodymyr Zelensky secured new pledges during visits to the Netherlands and Denmark on Sunday.", []string{"visit reported 2023-04-02 Volodymyr Zelensky+Denmark+Netherlands", "visit reported 2023-04-02 Volodymyr Zelensky+Denmark"}},
		{"visits to two capitals", "Foreign Minister Wang Yi made visits to Paris and Berlin last week.", []string{"visit reported 2023-W13 Wang Yi+France", "visit reported 2023-W13 Wang Yi+Germany"}},
		{"visits to one country and its people", "The minister's visits to Japan and its people were praised.", []string{"!visit reported - Japan+"}},
		// invitations to join, with a long list of states
		{"invited a list to become members", "The bloc on Thursday invited Bolivia, Chile, Peru, Ecuador, Colombia and the United Arab Emirates to become full members.", []string{"other-diplomatic reported 2023-03-30 "}},
		{"invited two to join", "NATO invited Finland and Sweden to join the alliance on Tuesday.", []string{"other-diplomatic reported 2023-04-04 "}},
		{"invited guests to become members of a club", "The club invited Smith, Jones, Brown and Taylor to become members.", nil},
		// an invitation of a leader to a capital
		{"invited a leader to a capital", "King Abdullah has invited President Emmanuel Macron to Amman.", []string{"visit hypothetical - "}},
		{"invites a minister to a country", "Japan invites Foreign Minister Penny Wong to Japan for talks in May.", []string{"visit planned 2023-05 Penny Wong+Japan"}},
		{"invited students to a city", "The university invited students to Paris for a summer school.", nil},
		{"invited a player to a club", "The club invited striker Harry Kane to Madrid for a medical.", nil},
		// a counted offset in a "before" clause once crashed the anchoring
		{"switching back years later", "Saint Lucia recognised Taipei in 2007 before switching back to Beijing two years later.", []string{"other-diplomatic reported 2007 "}},
		// meetings: a chronology's present, a courtesy call
		{"speak by telephone", "March 2015 — Angela Merkel and Dilma Rousseff speak by telephone.", []string{"meeting reported 2015-03 "}},
		{"will speak by phone", "President Joe Biden and President Xi Jinping will speak by phone on Thursday.", []string{"meeting planned 2023-04-06 "}},
		{"speak to reporters", "President Joe Biden will speak to reporters on Thursday.", nil},
		{"called on a leader in a capital", "Prime Minister Anthony Albanese called on President Joe Biden in Washington on Monday.", []string{"meeting reported 2023-04-03 Anthony Albanese+Joe Biden"}},
		{"called on the president at a seat", "Prime Minister Fumio Kishida called on the President at the White House in January.", []string{"meeting reported 2023-01 Fumio Kishida"}},
		{"called on a leader to act", "Prime Minister Anthony Albanese called on President Joe Biden in Washington to lift the tariffs.", nil},
		{"called on a leader to resign", "Senator Bernie Sanders called on President Joe Biden to act.", nil},
		{"joined a leader for a working lunch", "Chancellor Olaf Scholz joined President Joe Biden for a working lunch on Monday.", []string{"meeting reported 2023-04-03 "}},
		{"fans joined for a lunch", "Fans joined the team for a lunch on Monday.", nil},
		{"flew in for a lunch with a surname", "Pedro Sanchez met Angela Merkel in 2019. In May, Merkel flew to Madrid for a working lunch with Sanchez.", []string{"visit reported 2022-05 ", "meeting reported 2022-05 "}},
		{"a called-off meeting and a lunch", "Pedro Sanchez met Angela Merkel in 2019. In May, the joint cabinet meeting planned for Toulouse was called off, and Merkel flew to Madrid instead for a working lunch with Sanchez.", []string{"meeting negated 2022-05 ", "meeting reported 2022-05 ", "visit reported 2022-05 "}},
		{"the conversation they had", "The two leaders held a frank discussion, building on the conversation they had in Lima, Peru, last November.", []string{"meeting reported 2022-11 "}},
		{"a conversation overheard", "The conversation they had in the lift was private.", nil},
		{"talks opened before their goal", "The EU and Chile signed a trade deal on Friday. Negotiations opened in 2004 and seemed close to their goal when the two sides struck a deal in May 2010.", []string{"meeting reported 2004 ", "agreement reported 2010-05 "}},
		{"a goal in a match", "Brazil met Chile in Santiago on Friday and scored the winning goal in the final minute.", nil},
		// summits: a practice is no gathering
		{"summit diplomacy", "Summit diplomacy between China and Japan has swung between hope and gloom since 1972.", nil},
		{"a summit season then a summit", "The Korean summit season opened in 2018. Leaders of the two Koreas held a summit in Panmunjom on Friday.", []string{"summit reported 2023-03-31 "}},
		{"a dated opening summit phrase", "A summit between Narendra Modi and Nawaz Sharif in December 2015 ended without a deal.", []string{"summit reported 2015-12 "}},
		{"dated opening talks phrase", "Talks between Serbia and Kosovo at Brussels in June 2022 broke up without an agreement.", []string{"meeting reported 2022-06 "}},
		{"and called on a leader in a list of acts", "Last month, Foreign Minister Wang Yi visited Canberra, held talks with Penny Wong, and called on the Prime Minister at Parliament House.", []string{"visit reported 2023-03 ", "meeting reported 2023-03 Wang Yi+Penny Wong", "meeting reported 2023-03 Wang Yi"}},
		{"and called on a leader to act", "Foreign Minister Wang Yi visited Canberra and called on Prime Minister Anthony Albanese to drop the tariffs.", []string{"!meeting "}},
		{"another dated summit elsewhere", "The Mercosur summit opened in Montevideo on Friday. Olaf Scholz met Lula in Brasilia last month, on the eve of the G20 summit in New Delhi on March 9–10.", []string{"summit reported 2023-03-31 ", "summit reported 2023-03-09/2023-03-10 "}},
		{"the same summit restated", "The Mercosur summit opened in Montevideo on Friday. The summit in Montevideo on Friday drew eight leaders.", []string{"summit reported 2023-03-31 Mercosur@Montevideo", "!summit reported 2023-03-31 @"}},
		// other acts: a chronology's present
		{"breaks off relations", "January 1980 — The Carter administration breaks off diplomatic relations with Iran.", []string{"other-diplomatic reported 1980-01 Iran"}},
		{"will break off ties", "Honduras will break off ties with Taiwan in March.", []string{"other-diplomatic planned 2024-03 Honduras+Taiwan"}},
		{"a break in talks", "A break in the talks came on Monday.", nil},
		{"break off an engagement", "The singer will break off her engagement in March.", nil},
		{"will open a liaison office", "Serbia and Kosovo agreed on Friday to talk again. The two sides will also open a joint liaison office in Mitrovica.", []string{"other-diplomatic planned - "}},
		{"will open consulates", "Vietnam and Indonesia will open consulates in each other's second cities in May.", []string{"other-diplomatic planned 2023-05 Vietnam+Indonesia"}},
		{"a shop will open an office", "The shop will open a new office in May.", nil},
		{"the island recognised a capital", "Tonga left the forum in 1990. The island recognised Beijing in 1998 after decades of ties with Taipei.", []string{"other-diplomatic reported 1998 "}},
		{"the island recognised a talent", "The island recognised Smith in 1998 for his services to music.", nil},
		// other ways of getting there
		{"drove to", "Prime Minister Robert Fico drove to Vienna on Monday.", []string{"visit reported 2023-04-03 Robert Fico+Austria"}},
		{"was driven to", "Chancellor Helmut Kohl was driven to Prague in May 1990.", []string{"visit reported 1990-05 Helmut Kohl+Czech"}},
		{"sailed to", "President Calvin Coolidge sailed to Havana in January 1928.", []string{"visit reported 1928-01 Calvin Coolidge+Cuba"}},
		{"took the night train to", "Prime Minister Mark Rutte took the night train to Kyiv on Monday.", []string{"visit reported 2023-04-03 Mark Rutte+Ukraine"}},
		{"boarded a flight to", "Foreign Minister Penny Wong boarded a flight to Beijing on Monday.", []string{"visit reported 2023-04-03 Penny Wong+China"}},
		{"will fly out to", "President Joe Biden will fly out to Hanoi on Sunday.", []string{"visit planned 2023-04-09 Joe Biden+Vietnam"}},
		{"headed for", "Chancellor Olaf Scholz headed for Beijing on Thursday.", []string{"visit reported 2023-03-30 Olaf Scholz+China"}},
		{"is bound for", "Foreign Minister Penny Wong is bound for Tokyo this week.", []string{"visit reported 2023-W14 Penny Wong+Japan"}},
		{"was received in", "Chancellor Konrad Adenauer was received in France on a state visit in July 1962.", []string{"visit reported 1962-07 Konrad Adenauer+France"}},
		{"fans drove to", "Thousands of fans drove to Madrid for the final on Saturday.", nil},
		{"the convoy drove to", "The aid convoy drove to Kyiv on Monday.", nil},
		{"the yacht sailed to", "The yacht sailed to Havana in January.", nil},
		{"took the train to a match", "Supporters took the train to Paris for the match on Monday.", nil},
		{"a flight to the capital", "The airline added a flight to Tokyo on Monday.", nil},
		{"the fleet headed for", "The storm headed for Manila on Monday.", nil},
		{"a parcel received in", "The parcel was received in France on Monday.", nil},
		{"driven to despair", "The minister was driven to despair by the vote.", nil},
		// another state follows; a switch back
		{"followed suit", "Panama cut ties with Taipei in June 2017. The Dominican Republic followed suit in May 2018.", []string{"other-diplomatic reported 2017-06 ", "other-diplomatic reported 2018-05 Dominican Republic"}},
		{"and followed days later", "The Solomon Islands switched recognition to Beijing in September 2019, and Kiribati followed days later.", []string{"other-diplomatic reported 2019-09 Solomon Islands", "other-diplomatic reported 2019-09 Kiribati"}},
		{"switched back", "Saint Lucia recognised Beijing in 1997. It switched back to Taipei in 2007.", []string{"other-diplomatic reported 1997 ", "other-diplomatic reported 2007 "}},
		{"rain followed", "Panama cut ties with Taipei in June 2017. The rain followed days later.", []string{"!other-diplomatic reported -"}},
		{"a team followed", "Brazil beat Chile on Monday, and Peru followed days later.", nil},
		// a fronted day across "then"; a leader watching a match
		{"fronted day and then fly on", "President Lula landed in Lima on Sunday. On Tuesday he will give a speech at the university and then fly on to Chile.", []string{"visit reported 2023-04-02 ", "visit planned 2023-04-11 Lula+Chile"}},
		{"watch a match before flying on", "President Lula landed in Lima on Sunday. On Tuesday he will give a speech and then watch the national football team play before flying on to Chile.", []string{"visit planned 2023-04-11 "}},
		{"players watch a match then fly", "The players will watch the football final on Tuesday before flying on to Chile.", nil},
		// crossing a border
		{"walked across the border", "President Moon Jae-in walked across the border in October 2007.", []string{"visit reported 2007-10 Moon Jae-in"}},
		{"stepped across the demarcation line", "Kim Jong Un stepped across the military demarcation line on Monday.", []string{"visit reported 2023-04-03 Kim Jong Un"}},
		{"crossed into", "President Volodymyr Zelensky crossed into Poland on Tuesday.", []string{"visit reported 2023-04-04 Volodymyr Zelensky+Poland"}},
		{"crossed the border", "Prime Minister Abiy Ahmed crossed the border into Eritrea in July 2018.", []string{"visit reported 2018-07 Abiy Ahmed"}},
		{"refugees crossed the border", "Thousands of refugees crossed the border into Poland on Tuesday.", nil},
		{"striker crossed", "The striker crossed the ball across the line in the final minute.", nil},
		{"smugglers walked across", "Smugglers walked across the border at night.", nil},
		{"crossed and travelled on", "Prime Minister Shehbaz Sharif crossed the border at Wagah on Monday and travelled to Amritsar.", []string{"visit reported 2023-04-03 Shehbaz Sharif", "!visit reported 2023-04-03 Shehbaz Sharif@Wagah"}},
		{"across the country", "President Joe Biden travelled across the country on Monday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBrief(t, tt.text, extractBrief(t, tt.text), tt.want)
		})
	}
}
