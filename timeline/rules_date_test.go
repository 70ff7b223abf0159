package timeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/timeline"
)

// TestDateRules checks which temporal expression dates an event: fronted
// adverbials, same-day "after" clauses, ranges, links to the previous
// sentence and the one-happening rule. Each want is a prefix of
// "type status date actors@location" (see brief); a want starting with "!"
// must match no event. The reference date is Wednesday 5 April 2023.
func TestDateRules(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// a fronted adverbial governs the whole sentence
		{"fronted month over after-clause",
			"In March 2021, after more than five hours of talks there, the two foreign ministers agreed to reopen the border crossing.",
			[]string{"meeting reported 2021-03"}},
		{"fronted day over after-clause",
			"On 14 February 2022, after talks with Chancellor Olaf Scholz in Moscow, President Vladimir Putin said troops would withdraw.",
			[]string{"meeting reported 2022-02-14"}},
		{"fronted date does not cover years of talks",
			"In June 2018, after years of talks between their foreign ministers, Greece and North Macedonia signed the Prespa agreement.",
			[]string{"!meeting reported 2018-06", "agreement reported 2018-06"}},
		{"unfronted date stays in its clause",
			"Greece and North Macedonia signed the accord in June 2018 after years of talks between their foreign ministers.",
			[]string{"!meeting reported 2018-06"}},
		// an "after" clause of hours shares the sentence's day
		{"hours of talks same day",
			"Japan and South Korea agreed on Monday to restore their intelligence pact, after six hours of talks between Yoshimasa Hayashi and Park Jin in Seoul.",
			[]string{"meeting reported 2023-04-03"}},
		{"overnight negotiations same day",
			"Serbia and Kosovo accepted the plan on Saturday following overnight negotiations between Aleksandar Vucic and Albin Kurti in Ohrid.",
			[]string{"meeting reported 2023-04-01"}},
		// two days joined into a range
		{"today and tomorrow",
			"Leaders of the Pacific Islands Forum will gather in Suva today and tomorrow for their annual summit.",
			[]string{"summit planned 2023-04-05/2023-04-06"}},
		{"on Saturday and Sunday",
			"Heads of government of the Commonwealth met in Kigali on Saturday and Sunday for their biennial summit.",
			[]string{"summit reported 2023-04-01/2023-04-02"}},
		// the trigger's own noun is no link to the frame
		{"first trip is no frame link",
			"Gulf leaders held a summit in Riyadh on Tuesday. The emir of Kuwait, Sheikh Nawaf al-Ahmad, was greeted at the airport by the crown prince, on his first trip to the kingdom since the quarrel began.",
			[]string{"summit reported 2023-04-04", "visit reported -"}},
		{"during the visit links",
			"Chancellor Olaf Scholz arrived in New Delhi on Saturday. During the visit he held talks with Prime Minister Narendra Modi.",
			[]string{"visit reported 2023-04-01", "meeting reported 2023-04-01"}},
		// counts from a linked date
		{"three days later",
			"Chancellor Olaf Scholz arrived in Warsaw on 3 March 2022. Three days later he met President Andrzej Duda in Berlin.",
			[]string{"visit reported 2022-03-03", "meeting reported 2022-03-06"}},
		{"a year later",
			"Estonia and Latvia signed the protocol on 12 May 2003. A year later, Lithuania broke off relations with Belarus.",
			[]string{"other-diplomatic reported 2004"}},
		{"two weeks earlier",
			"Japan's prime minister met the South Korean president in Seoul on 20 May 2022. Two weeks earlier Yoon Suk Yeol had held talks with Fumio Kishida in Tokyo.",
			[]string{"meeting reported 2022-05-06"}},
		{"the next day is no plan",
			"Chancellor Olaf Scholz arrived in Warsaw on 3 March 2022. The next day he met President Andrzej Duda.",
			[]string{"meeting reported 2022-03-04"}},
		{"bare later is no link",
			"Chancellor Olaf Scholz arrived in Warsaw on 3 March 2022. He later met President Andrzej Duda.",
			[]string{"meeting reported -"}},
		{"hours later links",
			"Chancellor Olaf Scholz arrived in Warsaw on 3 March 2022. Hours later he met President Andrzej Duda.",
			[]string{"meeting reported 2022-03-03"}},
		{"within hours links any act",
			"On Monday, Lithuania expelled four Russian diplomats. Moscow answered within hours, ordering out four Lithuanians and recalling its ambassador.",
			[]string{"other-diplomatic reported 2023-04-03", "other-diplomatic reported 2023-04-03 Russia"}},
		{"a plan reported after another act is undated",
			"Taipei moved first, cutting relations with Nauru on Monday, and said it would close its embassy in Yaren.",
			[]string{"other-diplomatic reported 2023-04-03", "other-diplomatic planned -"}},
		{"the same day links",
			"Chancellor Olaf Scholz arrived in Warsaw on Monday. The same day he held talks with President Andrzej Duda.",
			[]string{"meeting reported 2023-04-03"}},
		{"later that month",
			"Chancellor Olaf Scholz arrived in Warsaw on 3 March 2022. Later that month he met President Andrzej Duda in Berlin.",
			[]string{"meeting reported 2022-03"}},
		{"two months later in the sentence",
			"A friendship treaty followed in March 1996, and two months later Jiang Zemin paid a state visit to Brazil.",
			[]string{"agreement reported 1996-03", "visit reported 1996-05"}},
		{"a week later after a date in the sentence",
			"Ukraine applied on 28 February 2022, and a week later President Andrzej Duda travelled to Kyiv.",
			[]string{"visit reported 2022-03-07"}},
		// "a day after", "two weeks before": counted from the clause's date
		{"a day after his meeting",
			"Chancellor Olaf Scholz met President Andrzej Duda in Warsaw on Tuesday, a day after his meeting with Prime Minister Mateusz Morawiecki.",
			[]string{"meeting reported 2023-04-04", "meeting reported 2023-04-03"}},
		{"two days after he visited",
			"Chancellor Olaf Scholz met President Andrzej Duda in Warsaw on Tuesday, two days after he visited Vilnius.",
			[]string{"visit reported 2023-04-02"}},
		{"after a month has no day",
			"Chancellor Olaf Scholz met President Andrzej Duda in Warsaw in March, a day after he visited Vilnius.",
			[]string{"!visit reported 2023-03"}},
		{"nearly three decades after is no count",
			"President Joe Biden wrapped up a visit to Vietnam on Monday, nearly three decades after the two countries restored diplomatic relations.",
			[]string{"other-diplomatic reported -"}},
		{"two weeks after opening the sentence",
			"Two weeks after meeting Xi Jinping in Beijing, Chancellor Olaf Scholz flew to Washington on 3 March 2022.",
			[]string{"meeting reported 2022-02-17", "visit reported 2022-03-03"}},
		{"a day before a dated clause",
			"A day before the summit opened on 11 July 2022, Jens Stoltenberg met Recep Tayyip Erdogan in Vilnius.",
			[]string{"meeting reported 2022-07-10"}},
		{"ten years after a dated clause",
			"Anwar Sadat flew to Jerusalem in 1977, four years after the war ended in 1973.",
			[]string{"visit reported 1977"}},
		{"hours earlier",
			"Fumio Kishida visited Kyiv on Tuesday. Hours earlier, Xi Jinping had arrived in Moscow.",
			[]string{"visit reported 2023-04-04 Fumio", "visit reported 2023-04-04 Xi"}},
		// "then" as an adjective is no sequence
		{"the then prime minister",
			"- 4 September 2020: Vucic and Kosovo's then prime minister, Avdullah Hoti, sign economic commitments in the Oval Office with Donald Trump.",
			[]string{"agreement reported 2020-09-04"}},
		// ", and its ..." opens a clause with its own date
		{"and its terms",
			"Kabul applied for membership in November 2004, and its terms of entry were approved by trade ministers at the Nairobi conference in December 2015.",
			[]string{"other-diplomatic reported 2004-11", "other-diplomatic reported 2015-12"}},
		// an "after" clause of hours shares its day with the main clause
		{"after hours of talks on a day",
			"After twelve hours of talks in Ohrid on Saturday, the European Union's foreign policy chief announced that Serbia and Kosovo had agreed on a plan.",
			[]string{"meeting reported 2023-04-01", "agreement reported 2023-04-01"}},
		// a live-blog stamp is not the date of a plan
		{"stamp is no plan date",
			"14:10 — The statement also says follow-up negotiations led by Secretary of State Antony Blinken will take place soon.",
			[]string{"meeting planned -"}},
		{"the year before",
			"Japan and China normalised relations in September 1972. The year before, Henry Kissinger had visited Beijing.",
			[]string{"visit reported 1971 Henry Kissinger"}},
		{"ended a two-day visit on a weekday",
			"Chancellor Olaf Scholz ended a two-day visit to Beijing on Friday.",
			[]string{"visit reported 2023-03-31"}},
		// "the following April" after a month
		{"the following April",
			"Chile was invited to join in November 2009 and attended its first summit of the group the following April.",
			[]string{"summit reported 2010-04"}},
		// a proposal is hypothetical and takes no frame date
		{"floated meeting",
			"Prime Minister Mark Carney arrived in Mexico City on Friday. Carney has floated a three-way meeting with Claudia Sheinbaum and Donald Trump.",
			[]string{"visit reported 2023-03-31", "meeting hypothetical -"}},
		{"mooted summit",
			"Officials in Seoul have mooted a summit with Japan and China.",
			[]string{"summit hypothetical -"}},
		// "at the summit" names the last summit, "during the visit" the
		// last visit, passing over background ones
		{"at the summit after a visit",
			"Prime Minister Rishi Sunak flew to Bali on Sunday. Leaders of the Group of 20 meet there on Tuesday and Wednesday for their annual summit. At the summit, Sunak held talks with President Joe Biden.",
			[]string{"meeting reported 2023-04-04/2023-04-05"}},
		{"during the visit is the last visit",
			"Chancellor Olaf Scholz flew to Tokyo on Saturday. On Monday he travelled on to Seoul. During the visit he held talks with President Yoon Suk Yeol.",
			[]string{"meeting reported 2023-04-03"}},
		{"background summit passed over",
			"Leaders of the OSCE gather in Skopje next Tuesday for a summit. The last summit, held in Astana in December 2010, adopted a declaration. At the summit, Foreign Minister Bujar Osmani will meet Antony Blinken.",
			[]string{"meeting planned 2023-04-11"}},
		// a date before "and" belongs to the first verb when the second
		// has its own
		{"coordinated verbs with their own dates",
			"Chile was invited to join in November 2009 and took its seat at the Lima summit the following April.",
			[]string{"summit reported 2010-04"}},
		{"a list of verbs with their own dates",
			"Prime Minister Narendra Modi arrived in Paris on Monday, met Emmanuel Macron on Tuesday and flew home on Wednesday.",
			[]string{"visit reported 2023-04-03", "meeting reported 2023-04-04"}},
		{"coordinated verbs sharing a date",
			"On Monday Chancellor Olaf Scholz met President Andrzej Duda and signed a defence treaty.",
			[]string{"meeting reported 2023-04-03", "agreement reported 2023-04-03"}},
		// a relative clause on the noun dates it
		{"summit that X hosts on",
			"Leaders of the Pacific Islands Forum flew into Suva on Monday for the summit that Fiji hosted on Tuesday and Wednesday.",
			[]string{"summit reported 2023-04-04/2023-04-05"}},
		{"summit, which opened on",
			"Leaders gathered for the three-day summit, which opened in Hiroshima on 19 May 2022.",
			[]string{"summit reported 2022-05-19"}},
		{"trip to X, which began",
			"President Luiz Inacio Lula da Silva's trip to China, which began on 26 March 2022, was his first abroad.",
			[]string{"visit reported 2022-03-26"}},
		{"visit to X that began on",
			"Prime Minister Narendra Modi, on a two-day visit to France that began on Monday, met Emmanuel Macron on Tuesday.",
			[]string{"visit reported 2023-04-03", "meeting reported 2023-04-04"}},
		{"talks which opened on",
			"Iran's foreign minister travelled to Vienna on 2 April 2022 for the talks, which opened on 4 April 2022.",
			[]string{"visit reported 2022-04-02"}},
		// an appositive restating the event takes its date
		{"his first visit appositive",
			"President Recep Tayyip Erdogan met Vladimir Putin in Sochi on 4 September 2022, his first visit to Russia since the war began.",
			[]string{"visit reported 2022-09-04"}},
		// the date a plan was given up is not the event's
		{"originally planned for",
			"Antony Blinken's visit to Beijing, originally planned for February, finally took place on 18 June 2022.",
			[]string{"visit reported 2022-06-18"}},
		// a report verb before the plan leaves the date to the plan
		{"said he would visit next month",
			"Speaking in Madrid on Monday, Prime Minister Pedro Sanchez said he would visit Rabat next month.",
			[]string{"visit planned 2023-05"}},
		{"said on a day he would meet",
			"Antony Blinken said on Tuesday he would meet Wang Yi in Munich.",
			[]string{"meeting planned -"}},
		{"speaking on a day",
			"Antony Blinken, speaking on Tuesday, said he would travel to Beijing.",
			[]string{"visit planned -"}},
		{"said on a day it would expel is the act",
			"Russia said on Thursday it would expel 40 Polish diplomats.",
			[]string{"other-diplomatic * 2023-03-30"}},
		{"trailing report date is not the plan's",
			"Prime Minister Pedro Sanchez will visit Rabat, his office said on Monday.",
			[]string{"visit planned -"}},
		// a starting date belongs to the trigger it follows
		{"invited to become members from a date",
			"The alliance's leaders met in Lima from Monday to Wednesday. On its final day, the chair announced that Chile and Peru had been invited to become full members from 1 January 2024.",
			[]string{"other-diplomatic reported 2023-04-05"}},
		// a past act and a plan joined by "and will": the day is the act's
		{"cut ties and will recognise",
			"Kiribati cut ties with Taipei on Monday and will recognise Beijing.",
			[]string{"other-diplomatic reported 2023-04-03", "!other-diplomatic planned 2023-04-10"}},
		{"expelled and would close",
			"Lithuania expelled two Russian diplomats on Tuesday and would close the consulate in Klaipeda.",
			[]string{"other-diplomatic reported 2023-04-04"}},
		// "agreed with X on a day to ...": the agreement is reported
		{"agreed with a partner on a day to set up",
			"Uzbekistan agreed with Kazakhstan on Tuesday to set up a free trade zone.",
			[]string{"agreement reported 2023-04-04", "!agreement planned"}},
		// a document issued after dated talks shares their day
		{"statement issued after talks",
			"In a joint statement issued after talks in Montevideo on 3 March 2022, the presidents of Uruguay and Paraguay pledged to dredge the river.",
			[]string{"agreement reported 2022-03-03", "meeting reported 2022-03-03"}},
		{"communique released after the leaders met",
			"Australia and Papua New Guinea issued a joint communiqué after the two leaders met in Port Moresby on 8 July 2022.",
			[]string{"agreement reported 2022-07-08"}},
		{"signed a statement after talks",
			"Thailand and Cambodia signed a joint statement after their prime ministers held talks in Bangkok on 12 May 2022.",
			[]string{"agreement reported 2022-05-12"}},
		{"treaty after long talks stays undated",
			"Chile and Bolivia signed a border treaty after negotiations that began on 2 March 2019.",
			[]string{"!agreement reported 2019"}},
		// a refusal at a meeting does not negate the meeting
		{"declined to sign at a meeting",
			"Ministers of the Pacific states declined to sign the pact at a meeting in Apia on Monday.",
			[]string{"meeting reported 2023-04-03", "agreement negated"}},
		{"did not attend the summit is negated",
			"President Andrés Manuel López Obrador did not attend the summit in Los Angeles on Monday.",
			[]string{"summit negated"}},
		// "the same day" + a clause names the day of another happening
		{"on the same day X reached Y",
			"Foreign Minister Wang Yi began his tour in Honiara last Thursday. On Friday he flew on to Kiribati. Penny Wong landed in Suva on the same day Wang reached Honiara and held talks with Bainimarama the following morning.",
			[]string{"visit reported 2023-03-30 Wang", "visit reported 2023-03-31", "visit reported 2023-03-30 Penny Wong", "meeting reported 2023-03-31"}},
		// "that July" is in the year of the event the sentence names
		{"that July of the treaty",
			"Poland and Lithuania signed a friendship treaty in Vilnius on 26 April 1994. Their presidents had first met in Warsaw in March 1993 and again that October. The treaty's chief creation was the Polish-Lithuanian Youth Exchange Fund, set up that July.",
			[]string{"agreement reported 1994-04-26", "founding reported 1994-07"}},
		{"that July of another treaty",
			"Portugal and China signed a joint declaration on Macau in Beijing on 13 April 1987. Beijing imposed new rules on the territory in May 2021. Lisbon answered by suspending its extradition treaty with the territory that July.",
			[]string{"other-diplomatic reported 2021-07"}},
		// "shortly after" the talks: the same day
		{"handed over shortly after talks",
			"The instruments were exchanged in Male on Saturday afternoon, shortly after President Ibrahim Solih and Narendra Modi concluded an hour of talks.",
			[]string{"meeting reported 2023-04-01"}},
		{"hours after talks",
			"The border deal was announced in Tashkent on Friday, hours after the presidents of Uzbekistan and Kyrgyzstan held talks.",
			[]string{"meeting reported 2023-03-31"}},
		{"after years of talks stays undated",
			"The border deal was announced in Tashkent on Friday, after years of talks between Uzbekistan and Kyrgyzstan.",
			[]string{"!meeting reported 2023-03-31"}},
		// "Later in the day" links to the day just reported
		{"later in the day after a signing",
			"Nepal and India signed seven agreements in Kathmandu yesterday. Later in the day, Prime Minister Narendra Modi paid a courtesy call on President Bidya Devi Bhandari.",
			[]string{"meeting reported 2023-04-04"}},
		{"earlier in the afternoon",
			"Chancellor Olaf Scholz arrived in Oslo on Monday. Earlier in the afternoon he had held talks with Mette Frederiksen in Copenhagen.",
			[]string{"meeting reported 2023-04-03"}},
		// "in the morning" is a part of the day just named
		{"who flew in in the morning",
			"President Gabriel Boric held talks with Luis Arce in La Paz on Tuesday. Boric, who flew into the Bolivian capital in the morning, was greeted by Arce.",
			[]string{"meeting reported 2023-04-04", "visit reported 2023-04-04"}},
		{"in the morning with no day",
			"President Gabriel Boric usually flies into La Paz in the morning.",
			[]string{"!visit reported 2023"}},
		// "Today ... is scheduled to" is the day, not the present
		{"today scheduled",
			"Today the visiting premier is scheduled to meet President Ranil Wickremesinghe in Colombo.",
			[]string{"meeting planned 2023-04-05"}},
		// a timeline entry's date heads all of it
		{"bullet date heads an after clause",
			"Key dates\n• May 1987 — After talks with Fijian officers in Suva, the Australian foreign minister announces that Canberra is suspending defence aid.",
			[]string{"meeting reported 1987-05"}},
		// "each side" names the parties of one act, not a habit
		{"each side sent home diplomats",
			"After the row, each side sent home four diplomats.",
			[]string{"other-diplomatic reported -"}},
		{"every leader who travels is a habit",
			"Every Pacific leader who travels to Beijing is asked about Taiwan.",
			[]string{"!visit"}},
		// two documents signed in one act are two agreements
		{"two documents signed on one day",
			"India and Oman signed a maritime transport agreement and a memorandum on defence cooperation in Muscat on 9 March 2022.",
			[]string{"agreement reported 2022-03-09", "agreement reported 2022-03-09 India+Oman@Muscat"}},
		{"one treaty of friendship and cooperation",
			"Chile and Peru signed a treaty of friendship and cooperation on Monday.",
			[]string{"agreement reported 2023-04-03"}},
		// weeks frame the weekdays and name the week of the report
		{"next week heading frames a range",
			"NEXT WEEK\nKenya hosts the East African Community summit in Nairobi from Wednesday to Friday.",
			[]string{"summit planned 2023-04-12/2023-04-14"}},
		{"began the week at a summit",
			"Prime Minister Anthony Albanese began the week at the Pacific Islands Forum summit in Suva.",
			[]string{"summit reported 2023-W14"}},
		// a day counted in the visit just reported
		{"on the third day of a visit",
			"President Yoon Suk Yeol arrived in Hanoi on 22 June 2022 for a four-day state visit. On the third day he held talks with Vo Van Thuong in Ho Chi Minh City.",
			[]string{"visit reported 2022-06-22", "meeting reported 2022-06-24"}},
		{"on the third day of a visit dated by a count",
			"Jiang Zemin and Bill Clinton signed the statement on 29 October 1997. Jiang had landed in Washington three days earlier. Talks went slowly. On the third day, however, Jiang held talks with Clinton at the White House.",
			[]string{"meeting reported 1997-10-28"}},
		{"on day two",
			"President Yoon Suk Yeol arrived in Hanoi on 22 June 2022. On day two of the visit, he met Vo Van Thuong.",
			[]string{"meeting reported 2022-06-23"}},
		{"on the second day of a summit",
			"Leaders of the Pacific Alliance met in Bogota on 1 August 2022. On the second day, Gabriel Boric held talks with Gustavo Petro.",
			[]string{"meeting reported 2022-08-02"}},
		// a date right after another verb is that verb's
		{"where they discussed the pact signed in April",
			"Foreign Minister Wang Yi began his tour in Port Vila last Thursday, where he and Prime Minister Bob Loughman discussed the policing agreement the two governments signed in April.",
			[]string{"meeting reported 2023-03-30", "agreement reported 2023-04"}},
		{"met and signed on a day shares it",
			"Chancellor Olaf Scholz met President Andrzej Duda and signed a defence treaty on Monday.",
			[]string{"meeting reported 2023-04-03", "agreement reported 2023-04-03"}},
		// "went on to" is the next stop of the trip just reported
		{"went on to after a dated arrival",
			"In May Prime Minister Fumio Kishida arrived in Seoul, the first such trip in twelve years. He went on to Busan, where he met business leaders.",
			[]string{"visit reported 2022-05", "visit reported 2022-05 Fumio Kishida@Busan"}},
		{"flew on to",
			"President Luiz Inacio Lula da Silva arrived in Beijing on 13 April 2022 after a stop in Shanghai. Lula then met Xi Jinping and flew on to Abu Dhabi.",
			[]string{"visit reported 2022-04-13"}},
		{"went on to without a dated trip",
			"Prime Minister Fumio Kishida went on to Busan, where he met business leaders.",
			[]string{"!visit reported 2"}},
		// "afterwards" right after a dated event links to it
		{"in talks afterwards",
			"Prime Minister Fumio Kishida visited Darwin on Friday. Afterwards Anthony Albanese held talks with Yoshimasa Hayashi.",
			[]string{"meeting reported 2023-03-31"}},
		// the host's term in the chair dates "the next summit"
		{"host chairs next year",
			"Peru, which holds the rotating chair of the forum next year, will host the next summit.",
			[]string{"summit planned 2024"}},
		{"host joined long ago",
			"Peru, which joined the forum in 1998, will host the next summit.",
			[]string{"summit planned -"}},
		// a trip timed by another event takes no later date
		{"days ahead of the summit for a state visit",
			"Xi Jinping reached Lima days ahead of the summit for a state visit, and on Friday held talks with Dina Boluarte.",
			[]string{"visit reported -", "meeting reported 2023-03-31"}},
		{"a week before the talks",
			"Antony Blinken arrived in Cairo a week before the talks, and on Monday met Sameh Shoukry.",
			[]string{"visit reported -", "meeting reported 2023-04-03"}},
		{"days ahead of a reported summit",
			"APEC leaders closed their summit in Lima on Sunday. Xi Jinping had reached the Peruvian capital days ahead of the summit for a state visit.",
			[]string{"summit reported 2023-04-02", "!visit * 2023-04-02", "!visit planned"}},
		// a refusal that ended something shares its day
		{"shelved yesterday after ministers declined",
			"A Chinese plan for a regional security pact was shelved yesterday after foreign ministers of ten island states refused to sign it at a meeting in Apia.",
			[]string{"meeting reported 2023-04-04"}},
		// a trip not made is no link to the summit's dates
		{"did not make the trip sending a minister",
			"The Pacific Islands Forum summit is being held in Suva from 11 to 14 July 2022.\n- Kiribati's Taneti Maamau did not make the trip to Suva, sending Foreign Secretary Teuea Toatu in his place.",
			[]string{"summit reported 2022-07-11/2022-07-14", "!visit * 2022-07-11", "visit negated"}},
		// a plan due before a dated departure falls on that day
		{"declaration expected before he flies home this evening",
			"A joint declaration is expected to be issued before Prime Minister Narendra Modi flies home from Kathmandu this evening.",
			[]string{"agreement planned 2023-04-05"}},
		{"a past signing before a departure stays undated",
			"The two leaders signed a joint declaration before Narendra Modi flew home from Kathmandu on Sunday.",
			[]string{"!agreement reported 2023-04-02"}},
		// "a member since last week" dates the joining
		{"member since last week",
			"Finland, a member of the alliance since last week, attended its first NATO ministerial meeting in Brussels on Tuesday.",
			[]string{"accession reported 2023-W13"}},
		{"candidate since is no joining",
			"Turkey, a candidate for membership of the bloc since 1999, may never join.",
			[]string{"!accession * 1999"}},
		// a count before or after an event the sentence names
		{"eight days before the signing",
			"Poland and Lithuania signed a friendship treaty in Vilnius on 26 April 1994. Critics were loud. Ten days before the signing, Lithuania had recalled its ambassador to Warsaw.",
			[]string{"agreement reported 1994-04-26", "other-diplomatic reported 1994-04-16"}},
		{"two days after the summit",
			"NATO leaders met at a summit in Madrid on 29 June 2022. Two days after the summit, Jens Stoltenberg flew to Kyiv.",
			[]string{"visit reported 2022-07-01"}},
		// a list of names inside a participial aside keeps its date
		{"founded by a list of states in a year",
			"The Andean Community, founded by Bolivia, Chile, Colombia, Ecuador and Peru in 1969, is a customs union.",
			[]string{"founding reported 1969"}},
		{"aside closed before the main verb",
			"Lula, delayed by pneumonia in March, arrived in Beijing on 13 April 2022.",
			[]string{"visit reported 2022-04-13"}},
		// ", meeting in X on a day," is the meeting's own date
		{"meeting participle",
			"Fumio Kishida and Yoon Suk Yeol, meeting in Phnom Penh on Sunday, agreed to resume shuttle diplomacy.",
			[]string{"meeting reported 2023-04-02"}},
		// a report verb a few words before "that"
		{"announced in a city on a day that",
			"Canada and the European Union announced in Ottawa on Friday that they had concluded negotiations on a fisheries accord.",
			[]string{"agreement reported 2023-03-31"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := extractBrief(t, tc.text)
			for _, w := range tc.want {
				neg := strings.HasPrefix(w, "!")
				w = strings.TrimPrefix(w, "!")
				found := false
				for _, g := range got {
					if strings.HasPrefix(g, w) || anyStatus(g, w) {
						found = true
					}
				}
				if found == neg {
					if neg {
						t.Errorf("%s: got %q, want no event %q", tc.name, got, w)
					} else {
						t.Errorf("%s: got %q, want an event %q", tc.name, got, w)
					}
				}
			}
		})
	}
}

// anyStatus matches a want written "type * date ..." (any status) against
// an event brief.
func anyStatus(got, want string) bool {
	wt, rest, ok := strings.Cut(want, " * ")
	if !ok {
		return false
	}
	gt, grest, _ := strings.Cut(got, " ")
	_, gdate, _ := strings.Cut(grest, " ")
	return gt == wt && strings.HasPrefix(gdate, rest)
}

// TestOneHappening checks that a happening mentioned in several sentences
// is kept once, where its date is most specific.
func TestOneHappening(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // all the events, in order (prefixes)
	}{
		{"announced visit then the visit",
			"Days after the election, Prime Minister Anthony Albanese said he had accepted an invitation to visit China. Albanese arrived in Beijing on 4 November 2022.",
			[]string{"visit reported 2022-11-04 Anthony Albanese+China"}},
		{"background visit is another happening",
			"President Xi Jinping could visit Washington, officials said on Monday. Xi last visited Washington in September 2015.",
			[]string{"visit hypothetical - Xi Jinping+United States", "visit reported 2015-09 Xi Jinping+United States"}},
		{"undated summit then dated",
			"President William Ruto flew to Addis Ababa for an African Union summit. The African Union summit, held on 18–19 February 2023, chose a new chair.",
			[]string{"visit reported - William Ruto", "summit reported 2023-02-18/2023-02-19"}},
		{"a day inside the range",
			"African leaders closed a two-day summit in Addis Ababa on 19 February 2023. The African Union summit, held on 18–19 February 2023, chose a new chair.",
			[]string{"summit reported 2023-02-18/2023-02-19"}},
		{"a plan is not a past visit",
			"President Emmanuel Macron will visit China. Macron last visited China in November 2019.",
			[]string{"visit planned - Emmanuel Macron+China", "visit reported 2019-11 Emmanuel Macron+China"}},
		{"a planned summit is not the last one",
			"Leaders will gather in Hiroshima for the G7 summit. The last G7 summit was held in Elmau in June 2022.",
			[]string{"summit planned - ", "summit reported 2022-06 G7"}},
		{"a year-dated document restated with its day",
			"The 1987 treaty on Macau was a feat of patient diplomacy. On 13 April 1987, Portugal and China signed the treaty in Beijing.",
			[]string{"agreement reported 1987-04-13"}},
		{"another document of the same year stays",
			"The 1987 declaration on Macau was a feat of patient diplomacy. On 8 December 1987, the United States and the Soviet Union signed a treaty in Washington.",
			[]string{"agreement reported 1987", "agreement reported 1987-12-08"}},
		{"next summit is another happening",
			"NATO leaders met at a summit in Madrid on 29 June 2022. The next summit will be held in Vilnius.",
			[]string{"summit reported 2022-06-29", "summit planned -"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkExactly(t, tc.name, extractBrief(t, tc.text), tc.want)
		})
	}
}

// TestDateClashWarning checks that an event dated by an expression whose
// weekday and date disagree carries the tagger's warning into the result.
func TestDateClashWarning(t *testing.T) {
	for _, tc := range []struct {
		text string
		warn bool
	}{
		{"Foreign ministers of the alliance met in Brussels on Tuesday, October 23, 2024, to discuss aid.", true},
		{"President Gabriel Boric visited Lima on Monday, 14 March 2022.", false},
		{"President Gabriel Boric visited Lima on Wednesday, 14 March 2022.", true},
		{"The central bank held its policy meeting on Tuesday, October 23, 2024.", false}, // no event, no warning
	} {
		res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tc.text, Ref: ref}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, w := range res.Warnings {
			if strings.Contains(w.Message, "but") && strings.Contains(w.Message, "event ") {
				n++
			}
		}
		if got := n > 0; got != tc.warn || n > 1 {
			t.Errorf("%q: warnings %v, want a weekday warning: %v", tc.text, res.Warnings, tc.warn)
		}
	}
}

// TestDeckLines checks that headlines and standfirsts written in sentence
// case without a final full stop give no events, while timeline entries
// and body sentences do.
func TestDeckLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // all the events, in order (prefixes)
	}{
		{"headline and deck on two lines",
			"WORLD DESK | Monday 3 April 2023\n\nMERCOSUR leaders fail to agree a communiqué\nTrade quarrel between Brasília and Buenos Aires overshadows Montevideo meeting\n\nPresident Luis Lacalle Pou hosted the summit in Montevideo on Sunday.\n",
			[]string{"summit reported 2023-04-02"}},
		{"section deck",
			"Lula courts the Gulf\nBrasília woos investors on the eve of the summit\n\nPresident Luiz Inacio Lula da Silva arrived in Abu Dhabi on Saturday for a state visit.\n",
			[]string{"visit reported 2023-04-01"}},
		{"deck with a semicolon",
			"Rivals pledge peace in Doha\n\nKagame and Tshisekedi sign a joint statement with the emir as talks resume; a ceasefire is the price of the deal\n\nPaul Kagame and Felix Tshisekedi met the emir of Qatar in Doha on Monday.\n",
			[]string{"meeting reported 2023-04-03"}},
		{"timeline entries without stops stay",
			"Key dates\n\n• 12 May 1994 — Armenia and Azerbaijan sign a ceasefire in Bishkek\n• 1 March 2008 — Clashes break out on the line of contact\n",
			[]string{"agreement reported 1994-05-12"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkExactly(t, tc.name, extractBrief(t, tc.text), tc.want)
		})
	}
}

// TestDocumentCount checks how many agreements a signing sentence gives:
// two documents are two events, one document with "and" in its name one.
func TestDocumentCount(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"India and Oman signed a maritime transport agreement and a memorandum on defence cooperation in Muscat on 9 March 2022.", 2},
		{"Kenya and Ethiopia signed a border pact and two memorandums on trade on Monday.", 2},
		{"Chile and Peru signed a treaty of friendship and cooperation on Monday.", 1},
		{"Chile and Peru signed an agreement on trade and investment on Monday.", 1},
		{"The two airlines signed a codeshare deal and a maintenance agreement on Monday.", 0},
	} {
		if got := len(extractBrief(t, tc.text)); got != tc.n {
			t.Errorf("%q: %d events %q, want %d", tc.text, got, extractBrief(t, tc.text), tc.n)
		}
	}
}

// checkExactly wants exactly the events want, in order, each as a prefix of
// its brief.
func checkExactly(t *testing.T, name string, got, want []string) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = strings.HasPrefix(got[i], want[i])
	}
	if !ok {
		t.Errorf("%s: got %q, want %q", name, got, want)
	}
}
