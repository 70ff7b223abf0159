package timeline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timeline-dev/timeline/timeline"
)

// ref is the reference date of the rule tables.
var ref = time.Date(2023, 4, 5, 0, 0, 0, 0, time.UTC)

// brief writes an event as "type status date actors@location".
func brief(e timeline.Event) string {
	d := "-"
	if e.Date != nil {
		d = e.Date.Value
	}
	s := fmt.Sprintf("%s %s %s %s", e.Type, e.Status, d, strings.Join(e.Actors, "+"))
	if e.Location != "" {
		s += "@" + e.Location
	}
	return s
}

func extractBrief(t *testing.T, text string) []string {
	t.Helper()
	res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: text, Ref: ref}, timeline.Options{})
	if err != nil {
		t.Fatalf("Extract(%q): %v", text, err)
	}
	var got []string
	for _, e := range res.Events {
		got = append(got, brief(e))
	}
	return got
}

// checkBrief reports how got (from extractBrief) misses want: nil wants no
// event at all; "!prefix" wants no event starting with prefix; any other
// entry wants an event starting with it.
func checkBrief(t *testing.T, text string, got, want []string) {
	t.Helper()
	if want == nil {
		if len(got) > 0 {
			t.Errorf("%q: want no event, got %q", text, got)
		}
		return
	}
	for _, w := range want {
		if not, ok := strings.CutPrefix(w, "!"); ok {
			for _, g := range got {
				if strings.HasPrefix(g, not) {
					t.Errorf("%q: want no event %q, got %q", text, not, got)
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
			t.Errorf("%q: want an event %q, got %q", text, w, got)
		}
	}
}

// TestDetectors runs one table per event type: positive cases with the
// event wanted (prefix match on "type status date actors@location"), and
// hard negatives that must not fire.
func TestDetectors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // nil: no event
	}{
		// visits
		{"visited", "Chancellor Olaf Scholz visited Kyiv on Monday.", []string{"visit reported 2023-04-03 Olaf Scholz+Ukraine@Kyiv"}},
		{"travelled to", "Secretary of State Antony Blinken travelled to Beijing on February 5.", []string{"visit reported 2023-02-05 Antony Blinken+China@Beijing"}},
		{"arrived in", "French President Emmanuel Macron arrived in Beijing on Wednesday for a state visit.", []string{"visit reported 2023-04-05 Emmanuel Macron+China@Beijing"}},
		{"nominal visit", "Finnish President Sauli Niinistö's visit to Washington in March was his third.", []string{"visit reported 2023-03 Sauli Niinistö+United States@Washington"}},
		{"arrived on a visit", "Antony Blinken arrived in Kyiv on Monday, April 3, 2023, on an unannounced visit. He met Zelensky.", []string{"visit reported 2023-04-03 Antony Blinken+Ukraine@Kyiv", "meeting reported 2023-04-03 Antony Blinken+Zelensky"}},
		{"visit then arrived", "During his unannounced visit, Antony Blinken arrived in Kyiv on Monday, April 3, 2023.", []string{"visit reported 2023-04-03 Antony Blinken+Ukraine@Kyiv"}},
		{"two-day visit folded", "Antony Blinken arrived in Kyiv on Monday, April 3, 2023, on a two-day visit. He met Kuleba on Tuesday.", []string{"visit reported 2023-04-03 Antony Blinken+Ukraine@Kyiv", "meeting reported 2023-04-04 Antony Blinken+Kuleba"}},
		{"met two surnames", "Antony Blinken arrived in Kyiv on Monday, April 3, 2023. He met Kuleba and Shmyhal.", []string{"visit reported 2023-04-03 Antony Blinken+Ukraine@Kyiv", "meeting reported 2023-04-03 Antony Blinken+Kuleba+Shmyhal"}},
		{"there is no name", "Antony Blinken arrived in Kyiv on Monday, April 3, 2023. There he met Stefanchuk.", []string{"visit reported 2023-04-03 Antony Blinken+Ukraine@Kyiv", "meeting reported 2023-04-03 Antony Blinken+Stefanchuk"}},
		{"two stops", "Antony Blinken visited Hanoi on Monday, April 3, 2023, and flew to Manila on Tuesday.", []string{"visit reported 2023-04-03 Antony Blinken+Vietnam@Hanoi", "visit reported 2023-04-04 Antony Blinken+Philippines@Manila"}},
		{"sports visit", "Manchester City visit Arsenal on Sunday in a match that could decide the league.", nil},
		{"flew in", "Kim Jong Un arrived in Singapore on Sunday, June 10, 2018. President Donald Trump flew in the same evening from Canada.", []string{"visit reported 2018-06-10 Kim Jong Un+Singapore@Singapore", "visit reported 2018-06-10 Donald Trump"}},
		{"flew into", "President Donald Trump flew into Singapore on Sunday.", []string{"visit reported 2023-04-02 Donald Trump+Singapore@Singapore"}},
		{"flew in formation", "The jets flew in formation over Paris on Sunday.", nil},
		{"sports fixture visit", "Liverpool visit Genk in the Champions League tonight.", nil},
		{"sports fixture meet", "Sunrisers Hyderabad, who sit fourth in the table, meet Punjab Kings in Sharjah on Friday.", nil},
		{"cup tie meet", "Chelsea meet Real Madrid in the Champions League quarter-final on Tuesday.", nil},
		{"clubs host tonight", "Arsenal host Liverpool tonight.", nil},
		{"national teams in a Test", "India host Australia in the first Test in Nagpur on Thursday.", nil},
		{"tonight with a leader", "President Joe Biden hosts Prime Minister Narendra Modi tonight.", []string{"meeting"}},
		{"website visit", "For more information, visit NATO's official website.", nil},
		{"visiting team", "The visiting team scored twice in Paris on Saturday.", nil},
		// meetings
		{"met with", "President Joe Biden met with Chinese President Xi Jinping in Woodside on November 15.", []string{"meeting reported 2022-11-15 Joe Biden+Xi Jinping@Woodside"}},
		{"held talks", "Foreign Minister Wang Yi held talks with Sergei Lavrov in Moscow on Tuesday.", []string{"meeting reported 2023-04-04 Wang Yi+Sergei Lavrov@Moscow"}},
		{"phone call", "Prime Minister Rishi Sunak spoke by phone with President Volodymyr Zelensky on Sunday.", []string{"meeting reported 2023-04-02 Rishi Sunak+Volodymyr Zelensky"}},
		{"will meet", "Secretary of State Antony Blinken will meet Foreign Minister Qin Gang in Beijing next week.", []string{"meeting planned"}},
		{"did not meet", "Prime Minister Narendra Modi did not meet President Xi Jinping in Bali.", []string{"meeting negated"}},
		{"central bank meeting", "The central bank's policy meeting on Wednesday left interest rates unchanged.", nil},
		{"board meeting", "Shareholders approved the plan at the board meeting in London on Friday.", nil},
		{"their teams", "President Joe Biden and President Xi Jinping agreed that their teams would work on arranging a face-to-face meeting.", []string{"meeting hypothetical - Xi Jinping+Joe Biden"}},
		{"cabinet meeting", "Prime Minister Boris Johnson held a cabinet meeting in Sunderland on Friday.", nil},
		{"meeting back-reference", "President Joe Biden met Prime Minister Anthony Albanese on Thursday. Thursday's meeting builds on talks held last year.", []string{"meeting reported 2023-03-30 Joe Biden+Anthony Albanese"}},
		{"meetings in general", "ASEAN gave Timor-Leste observer status at its meetings.", nil},
		{"meet the target", "Germany pledged to meet the NATO target of 2 percent of GDP.", nil},
		// summits
		{"named summit", "NATO leaders gathered in Madrid on June 29, 2022 for the NATO summit.", []string{"summit reported 2022-06-29 NATO"}},
		{"summit range", "Group of Seven leaders closed their May 19–21 summit in Hiroshima on Sunday.", []string{"summit reported 2022-05-19/2022-05-21 G7@Hiroshima"}},
		{"summit back-reference", "The summit followed the talks.", nil},
		{"at the summit refers back", "G20 leaders met in New Delhi on Saturday. At the summit, leaders could agree to admit the African Union.", []string{"meeting reported 2023-04-01", "other-diplomatic hypothetical"}},
		{"mountain summit", "The climbers reached the summit of Everest on May 29, 1953.", nil},
		{"hill summit", "From the summit of the hill the delegation could see Vilnius.", nil},
		// accessions
		{"became a member", "Finland became the 31st member of NATO on Tuesday.", []string{"accession reported 2023-04-04 Finland+NATO"}},
		// a date after the reference date makes a report a plan
		{"joined", "Sweden joined NATO on 7 March 2024.", []string{"accession planned 2024-03-07 Sweden+NATO"}},
		{"could join", "Ukraine could join the European Union within a decade.", []string{"accession hypothetical - Ukraine+EU"}},
		{"joined the company", "Lisa Monaco joined the company in 2019 as a director.", nil},
		{"joined forces", "France and Germany joined forces to press NATO.", nil},
		// agreements
		{"signed treaty", "Israel and Jordan signed a peace treaty on 26 October 1994.", []string{"agreement reported 1994-10-26 Israel+Jordan"}},
		{"corporate merger", "Acme Corp signed a merger agreement with Globex Inc on Monday.", nil},
		{"put his name to", "President Vladimir Putin put his name to the treaty on Monday.", []string{"agreement reported 2023-04-03 Vladimir Putin"}},
		{"names at a founding", "The alliance was founded on 4 April 1949, when 12 states put their names to its charter.", []string{"founding reported 1949-04-04"}},
		{"signed the same day", "Armenia and Azerbaijan agreed a peace treaty in Washington on Friday. Russia signed the same day.", []string{"agreement reported 2023-03-31 Armenia+Azerbaijan@Washington", "agreement reported 2023-03-31 Russia"}},
		{"signed as well", "Israel and Jordan signed a peace treaty on Monday. Egypt signed as well.", []string{"agreement reported 2023-04-03 Israel+Jordan", "agreement reported - Egypt"}},
		{"will eventually sign", "India and Pakistan will eventually sign the accord.", []string{"agreement planned - India+Pakistan"}},
		{"endorsed in a joint communique", "Japan and South Korea endorsed the plan in a joint communiqué on April 4.", []string{"agreement reported 2023-04-04 Japan+South Korea"}},
		{"welcomed in a joint statement", "Japan and South Korea welcomed progress in a joint statement on Friday.", []string{"agreement reported 2023-03-31 Japan+South Korea"}},
		{"welcomed a leader", "Japan welcomed President Yoon Suk Yeol on Friday.", []string{"meeting reported 2023-03-31"}},
		{"agreed participle", "Russia and Turkey signed a memorandum on Syria. The memorandum, agreed in Sochi on Monday, created a buffer zone.", []string{"agreement reported 2023-04-03 Russia+Turkey+Syria@Sochi"}},
		{"states agreed that", "The United States and China agreed that tariffs would be cut on Monday.", []string{"agreement reported 2023-04-03 United States+China"}},
		{"leaders agreed that", "The two presidents agreed that talks should go on.", nil},
		{"at the meeting", "Foreign Minister Wang Yi met Foreign Minister Faisal bin Farhan in Beijing on Friday. At the meeting, Saudi Arabia and Iran signed a joint statement on the resumption of relations.", []string{"meeting reported 2023-03-31 Wang Yi+Faisal bin Farhan@Beijing", "agreement reported 2023-03-31 Saudi Arabia+Iran"}},
		{"signed at a founding", "ASEAN was established on 8 August 1967, when the foreign ministers of Indonesia and Thailand signed the Bangkok Declaration.", []string{"founding reported 1967-08-08"}},
		{"companies sign, then a trip", "Japanese firms are expected to sign supply contracts worth $2 billion on Monday before the delegation flies to Jakarta.", []string{"visit planned 2023-04-10 Indonesia@Jakarta"}},
		{"consortium charter", "The consortium signed its founding charter in Geneva on Monday.", nil},
		{"signed into law", "President Joe Biden signed the bill into law on Friday.", nil},
		// foundings
		{"founded", "NATO was founded on 4 April 1949 in Washington.", []string{"founding reported 1949-04-04 NATO@Washington"}},
		{"founding charter", "The alliance's founding charter commits allies to defend each other.", nil},
		// other diplomatic acts
		{"expelled diplomats", "Britain expelled 23 Russian diplomats on March 14, 2018.", []string{"other-diplomatic reported 2018-03-14 United Kingdom"}},
		{"established relations", "Israel and Morocco agreed on Thursday to establish full diplomatic relations.", []string{"other-diplomatic reported 2023-03-30 Israel+Morocco"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %q, want %q", tt.text, got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("Extract(%q)[%d] = %q, want prefix %q", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestStatus checks the status cues.
func TestStatus(t *testing.T) {
	tests := []struct {
		text string
		want timeline.Status
	}{
		{"Biden visited Hanoi on Sunday.", timeline.Reported},
		{"Biden will visit Hanoi on Sunday.", timeline.Planned},
		{"Biden is expected to visit Hanoi next month.", timeline.Planned},
		{"Biden plans to visit Hanoi in September.", timeline.Planned},
		{"Biden could visit Hanoi later this year.", timeline.Hypothetical},
		{"Biden may visit Hanoi if conditions allow.", timeline.Hypothetical},
		{"Biden did not visit Hanoi in 2022.", timeline.Negated},
		{"Biden never visited Hanoi as vice president.", timeline.Negated},
		{"Biden's visit to Hanoi was cancelled on Friday.", timeline.Negated},
	}
	for _, tt := range tests {
		res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: "President Joe Biden spoke. " + tt.text, Ref: ref}, timeline.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Events) != 1 {
			t.Errorf("Extract(%q): %d events, want 1", tt.text, len(res.Events))
			continue
		}
		if got := res.Events[0].Status; got != tt.want {
			t.Errorf("Extract(%q).Status = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestActors checks normalisation and coreference.
func TestActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // actors of the last event, joined with "+"
	}{
		{"title stripped", "Secretary of State Antony Blinken visited Kyiv on Monday.", "Antony Blinken+Ukraine"},
		{"surname after full name", "Jens Stoltenberg spoke on Monday. Stoltenberg visited Kyiv on Tuesday.", "Jens Stoltenberg+Ukraine"},
		{"bare title resolved", "Secretary-General Jens Stoltenberg spoke on Monday. The Secretary-General met President Joe Biden on Tuesday.", "Jens Stoltenberg+Joe Biden"},
		{"alliance is NATO", "NATO leaders met in Vilnius. Finland joined the alliance on 4 April 2023.", "Finland+NATO"},
		{"capital as metonym", "Washington and Kyiv signed a security agreement on Monday.", "United States+Ukraine"},
		{"White House is a country", "The White House and the Kremlin signed an arms control agreement in 2010.", "United States+Russia"},
		{"possessive pronoun", "Antony Blinken spoke on Monday. His visit to Brussels on Tuesday was his last.", "Antony Blinken+Belgium"},
		{"demonym officials", "Stoltenberg and U.S. officials held talks on Monday.", "United States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tt.text, Ref: ref}, timeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Events) == 0 {
				t.Fatalf("Extract(%q): no events", tt.text)
			}
			got := strings.Join(res.Events[len(res.Events)-1].Actors, "+")
			if got != tt.want {
				t.Errorf("Extract(%q) actors = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestDateAnchoring checks which date governs a trigger and discourse
// inheritance.
func TestDateAnchoring(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // dates of the events in order, "-" for none
	}{
		{"same clause", "Volodymyr Zelensky met Joe Biden on Sunday, after talks with Narendra Modi on Saturday.", []string{"2024-10-20", "2024-10-19"}},
		{"since is not the date", "Stoltenberg, who has led NATO since 2014, visited Kyiv.", []string{"-"}},
		{"modifier of another noun", "Blinken visited Kyiv after Russia's 2022 invasion.", []string{"-"}},
		{"range stays a range", "Stoltenberg traveled to Washington on October 21–22, 2024.", []string{"2024-10-21/2024-10-22"}},
		{"inherited from the visit", "Stoltenberg traveled to Washington on October 21–22, 2024. The visit also included a meeting with Secretary of State Antony Blinken.", []string{"2024-10-21/2024-10-22", "2024-10-21/2024-10-22"}},
		{"no date, no reference date", "Finland and Sweden recently joined NATO.", []string{"-"}},
		{"two days joined", "BRICS leaders held their summit in Johannesburg from 22 to 24 August 2023.", []string{"2023-08-22/2023-08-24"}},
		{"leading day", "G20 leaders gathered for the summit in New Delhi on 9 and 10 September 2023.", []string{"2023-09-09/2023-09-10"}},
		{"no link, no date", "Stoltenberg traveled to Washington on October 21, 2024. Stoltenberg visited Ottawa.", []string{"2024-10-21", "-"}},
		{"existential there is no link", "Stoltenberg traveled to Washington on October 21, 2024. There were protests as Stoltenberg met Prime Minister Justin Trudeau in Ottawa.", []string{"2024-10-21", "-"}},
		{"then links", "Stoltenberg traveled to Washington on October 21, 2024. He then visited Ottawa.", []string{"2024-10-21", "2024-10-21"}},
		{"separate talks are another happening", "Vladimir Putin arrived in Tehran on October 21, 2024. Putin also held separate talks with Recep Tayyip Erdogan, the Kremlin said.", []string{"2024-10-21", "-"}},
		{"today and tomorrow", "Prime Minister Narendra Modi will visit Washington today and tomorrow.", []string{"2024-10-23/2024-10-24"}},
		{"on the final day", "EU and Chinese negotiators held talks in Brussels from 14 to 18 October 2024. On the final day the two sides signed a trade agreement.", []string{"2024-10-14/2024-10-18", "2024-10-18"}},
		{"on the final day, no range", "EU and Chinese negotiators held talks in Brussels on 14 October 2024. On the final day the two sides signed a trade agreement.", []string{"2024-10-14", "-"}},
		{"at the time", "Russia expelled 23 British diplomats in March 2018. Britain recalled its ambassador to Moscow at the time.", []string{"2018-03", "2018-03"}},
		{"at the time of writing", "Russia expelled 23 British diplomats in March 2018. Britain recalled its ambassador to Moscow, as reported at the time of writing.", []string{"2018-03", "-"}},
		{"participial aside keeps its date", "Croatia's accession to the EU, delayed by a border dispute with Slovenia in 2009, took place on 1 July 2013.", []string{"2013-07-01"}},
		{"place appositive keeps the clause", "Zelensky arrived in Hiroshima on Saturday, after attending an Arab League summit in Jeddah, Saudi Arabia, on Friday.", []string{"2024-10-19", "2024-10-18"}},
		{"agreed that is no subordinate clause", "EU ministers, meeting in Luxembourg on Monday, agreed that it was time to act and recalled the bloc's ambassador to Minsk.", []string{"2024-10-21", "2024-10-21"}},
		{"weekdays joined", "NATO foreign ministers met in Brussels on Wednesday and Thursday.", []string{"2024-10-16/2024-10-17"}},
		{"where clause dates the hosting", "Carter hosted Prime Minister Menachem Begin at Camp David, where the leaders negotiated from 5 to 17 September 1978.", []string{"1978-09-05/1978-09-17"}},
		{"a plan is not dated by its report", "Prime Minister Narendra Modi will travel to Moscow on Monday. In Moscow he is expected to hold talks with President Vladimir Putin at the annual summit, the foreign ministry said on Sunday.", []string{"2024-10-28", "2024-10-28", "2024-10-28"}},
		{"relative clause keeps its date", "Kishida spoke by phone with Secretary of State Antony Blinken, who had visited Tokyo in November 2023, on Monday.", []string{"2024-10-21", "2023-11"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tt.text, Ref: time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)}, timeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Events {
				if e.Date == nil {
					got = append(got, "-")
				} else {
					got = append(got, e.Date.Value)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Extract(%q) dates = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestYearFromDiscourse checks that without a reference date a year-less
// date takes the year of the nearest earlier date, marked inferred.
func TestYearFromDiscourse(t *testing.T) {
	text := "In January 1974 the talks resumed. The disengagement agreement between Egypt and Israel was signed on 18 January."
	res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: text}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range res.Events {
		if e.Type == timeline.Agreement && e.Date != nil {
			got = append(got, e.Date.Value)
			if !e.Date.Inferred {
				t.Errorf("date %s not marked inferred", e.Date.Value)
			}
		}
	}
	if strings.Join(got, " ") != "1974-01-18" {
		t.Errorf("Extract(%q) agreement dates = %q, want [1974-01-18]", text, got)
	}
}

// TestDiplomaticActs covers breaking, restoring and downgrading relations,
// expulsions, recalls, recognition and suspensions, agreements concluded,
// adopted or not reached, and negotiations opened.
func TestDiplomaticActs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // prefixes of "type status date actors@location"
	}{
		{"severed ties", "Saudi Arabia severed diplomatic ties with Iran in January 2016.", []string{"other-diplomatic reported 2016-01 Saudi Arabia+Iran"}},
		{"cut links", "Jordan cut links with Qatar in 2017.", []string{"other-diplomatic reported 2017 Jordan+Qatar"}},
		{"relative clause", "Jordan, which cut links with Qatar in 2017, said on Friday it would reopen its embassy.", []string{"other-diplomatic reported 2017 Jordan+Qatar", "other-diplomatic planned 2023-03-31 Jordan"}},
		{"broke off relations", "Morocco broke off relations with Iran in May 2018.", []string{"other-diplomatic reported 2018-05 Morocco+Iran"}},
		{"downgraded ties", "The United Arab Emirates downgraded ties with Tehran in 2016.", []string{"other-diplomatic reported 2016 United Arab Emirates+Iran"}},
		{"expelled high commissioner", "Canada expelled the Indian high commissioner on Monday.", []string{"other-diplomatic reported 2023-04-03 Canada+India"}},
		{"recalled ambassador", "Germany recalled its ambassador from Moscow on Friday.", []string{"other-diplomatic reported 2023-03-31 Germany+Russia"}},
		{"re-established relations", "Egypt and Qatar re-established relations in January 2021.", []string{"other-diplomatic reported 2021-01 Egypt+Qatar"}},
		{"recognised a state", "Sweden recognised Palestine in October 2014.", []string{"other-diplomatic reported 2014-10 Sweden+Palestine"}},
		{"recognised by nobody named", "Only two Arab states had recognised Israel.", nil},
		{"suspended visa services", "India suspended visa services for Canadians on Thursday.", []string{"other-diplomatic reported 2023-03-30 India"}},
		{"suspended talks since", "Ukraine has suspended trade talks with Hungary since 2016, the ministry said on Friday.", []string{"other-diplomatic reported 2016 Ukraine+Hungary"}},
		{"when clause takes the date before it", "The two countries have had no ties since 2016, when Riyadh severed relations, officials said on Friday.", []string{"other-diplomatic reported 2016 Saudi Arabia"}},
		{"sanctions are not diplomatic acts", "The United States imposed sanctions on Russia on Friday.", nil},
		{"country named like its adjective", "New Zealand signed a treaty with Australia in 1951.", []string{"agreement reported 1951 New Zealand+Australia"}},
		// agreements
		{"concluded negotiations on an agreement", "The EU and Japan concluded negotiations on a free trade agreement on Friday.", []string{"agreement reported 2023-03-31 EU+Japan"}},
		{"announced concluded negotiations", "Prime Minister Chris Hipkins announced on Friday that New Zealand and the EU had concluded negotiations on a trade agreement.", []string{"agreement reported 2023-03-31 Chris Hipkins+New Zealand+EU"}},
		{"reached a framework", "Negotiators from Iran and the United States reached a framework agreement on Tuesday.", []string{"agreement reported 2023-04-04 Iran+United States"}},
		{"adopted a charter", "Leaders of Kenya, Uganda and Tanzania adopted a charter on Monday.", []string{"agreement reported 2023-04-03 Kenya+Uganda+Tanzania"}},
		{"could adopt a declaration", "The leaders could adopt a declaration at the summit in Bali on Monday.", []string{"agreement hypothetical 2023-04-03", "summit hypothetical 2023-04-03"}},
		{"ended without agreement", "The talks between Serbia and Kosovo in Brussels ended without agreement on Friday.", []string{"meeting reported", "agreement negated 2023-03-31 Serbia+Kosovo"}},
		{"adopted a policy", "Japan adopted a new policy on Monday.", nil},
		{"issued a joint declaration", "The Group of Seven issued a joint declaration on Wednesday.", []string{"agreement reported 2023-04-05 G7"}},
		{"issued a visa", "Japan issued a visa to the envoy on Monday.", nil},
		{"accord reached", "Under the accord reached in Beijing in March, Iran and Saudi Arabia agreed to reopen embassies.", []string{"agreement reported 2023-03 Iran+Saudi Arabia@Beijing", "other-diplomatic"}},
		{"initialled", "Armenia and Azerbaijan initialled a peace treaty on Thursday.", []string{"agreement reported 2023-03-30 Armenia+Azerbaijan"}},
		{"failed to reach", "Negotiators from Serbia and Kosovo failed to reach a deal on Friday.", []string{"agreement negated 2023-03-31 Serbia+Kosovo"}},
		{"yet to sign", "Russia and Japan have yet to sign a peace treaty.", []string{"agreement negated - Russia+Japan"}},
		{"place in a treaty's name", "The Treaty of Lisbon, signed in December 2007, took effect in 2009.", []string{"agreement reported 2007-12 "}},
		// negotiations
		{"talks began", "Talks between India and Pakistan began in 1999.", []string{"meeting reported 1999 India+Pakistan"}},
		{"round of negotiations opened", "A round of negotiations between Iran and the United States opened in Oman on Monday.", []string{"meeting reported 2023-04-03 Iran+United States@Oman"}},
		{"revive a dialogue", "India and Pakistan agreed to revive a dialogue in January 2004.", []string{"meeting reported 2004-01 India+Pakistan"}},
		{"opened a representative office", "Lithuania opened a Taiwanese representative office in Vilnius in November 2021.", []string{"other-diplomatic reported 2021-11 Lithuania@Vilnius"}},
		{"recognised it", "Kosovo declared independence from Serbia in February 2008, and the United States recognised it the next day.", []string{"other-diplomatic reported 2008-02 United States"}},
		{"restored ambassadors", "Egypt and Turkey restored ambassadors in July 2022, a decade after relations were downgraded in 2013.", []string{"other-diplomatic reported 2022-07 Egypt+Turkey", "other-diplomatic reported 2013 Egypt+Turkey"}},
		{"hosted after a visit noun", "The visit comes a year after Xi hosted Lula in Beijing in April 2022.", []string{"meeting reported 2022-04 Xi+Lula@Beijing"}},
		// visits and meetings
		{"headed to", "Foreign Minister Penny Wong headed to Port Moresby on Monday.", []string{"visit reported 2023-04-03 Penny Wong+Papua New Guinea@Port Moresby"}},
		{"heads of state", "He headed the delegation of heads of state in Paris on Monday.", nil},
		{"sat down with", "Prime Minister Rishi Sunak sat down with President Joe Biden in San Diego on Monday.", []string{"meeting reported 2023-04-03 Rishi Sunak+Joe Biden@San Diego"}},
		{"since a year, then the day", "Saudi Crown Prince Mohammed bin Salman made his first trip to Europe since 2018 on Tuesday.", []string{"visit reported 2023-04-04 Mohammed bin Salman"}},
		{"met a person at a summit", "Prime Minister Narendra Modi met President Joe Biden at the G20 summit in Bali on Monday.", []string{"meeting reported 2023-04-03 Narendra Modi+Joe Biden", "summit reported 2023-04-03"}},
		{"second stop", "Albanese visited the Great Wall and later travelled to Shanghai.", []string{"visit reported - Albanese", "visit reported - Albanese@Shanghai"}},
		{"two destinations", "Prime Minister Anthony Albanese visited Hanoi and travelled to Tokyo on Monday.", []string{"visit reported 2023-04-03 Anthony Albanese+Vietnam@Hanoi", "visit reported 2023-04-03 Anthony Albanese+Japan@Tokyo"}},
		{"leaving a bloc, dated by the report", "Mali, Burkina Faso and Niger announced on Sunday that they were leaving the Economic Community of West African States (ECOWAS).", []string{"other-diplomatic reported 2023-04-02 Mali+Burkina Faso+Niger+ECOWAS"}},
		{"suspended from a bloc", "ECOWAS suspended Niger from its decision-making bodies on July 30, 2023.", []string{"other-diplomatic planned 2023-07-30 ECOWAS+Niger"}},
		{"left the office", "Sunak left the office in Paris on Monday.", nil},
		{"invited states to join", "NATO invited Finland and Sweden to join the alliance at the Madrid summit in June 2022.", []string{"other-diplomatic reported 2022-06 NATO+Finland+Sweden@Madrid", "summit reported 2022-06"}},
		// summits, foundings, accessions
		{"the three juntas", "Mali, Burkina Faso and Niger met on Friday. The three juntas signed a mutual defence pact in Bamako on 16 September 2022.", []string{"meeting reported 2023-03-31 Mali+Burkina Faso+Niger", "agreement reported 2022-09-16 Mali+Burkina Faso+Niger@Bamako"}},
		{"participating state", "Mongolia became the 57th participating state of the OSCE in November 2012.", []string{"accession reported 2012-11 Mongolia+OSCE"}},
		{"organisation named Conference", "The Conference on Security and Co-operation in Europe grew out of talks between NATO and the Warsaw Pact that opened in Helsinki in November 1972.", []string{"meeting reported 1972-11"}},
		{"capital in a document's name", "The leaders of 35 states signed the Helsinki Final Act on 1 August 1975.", []string{"agreement reported 1975-08-01 "}},
		{"capital before summit is the place", "The Budapest summit of the OSCE in December 1994 renamed the conference.", []string{"summit reported 1994-12 OSCE@Budapest"}},
		{"appositive restates the charter", "At a summit in Paris in November 1990, leaders adopted the Charter of Paris for a New Europe, a charter signed on 21 November 1990.", []string{"summit reported 1990-11", "agreement reported 1990-11-21"}},
		{"pluperfect relative keeps its own time", "Russia, which had joined the OSCE as the successor to the Soviet Union, suspended its participation in the treaty in 2007.", []string{"accession reported - Russia+OSCE", "other-diplomatic reported 2007 Russia+OSCE"}},
		{"acronym used by the text", "From the OAU to the AU. The Organisation of African Unity was founded in Addis Ababa on 25 May 1963.", []string{"founding reported 1963-05-25 OAU@Addis Ababa"}},
		{"met for a summit", "Leaders of the Gulf Cooperation Council met in Riyadh on Tuesday for their annual summit.", []string{"summit reported 2023-04-04 GCC"}},
		{"unveiled partnership", "AUKUS was announced on 15 September 2021.", []string{"founding reported 2021-09-15 AUKUS"}},
		{"membership years away", "Serbia applied to join the WTO in 2005. Its membership remains years away.", []string{"other-diplomatic reported 2005 Serbia+WTO", "accession hypothetical - "}},
		{"join by a year", "Montenegro hopes to join the EU by 2028.", []string{"accession hypothetical 2028 Montenegro+EU"}},
		{"keep out of the club", "BRICS leaders met in August. Javier Milei has vowed to keep Argentina out of the club.", []string{"meeting", "accession hypothetical - "}},
		{"football club", "Liverpool signed a striker. The club will keep him out of the squad.", nil},
		{"took its seat", "South Africa took its seat at the BRICS summit in Sanya in April 2011.", []string{"accession reported 2011-04 South Africa+BRICS", "summit reported 2011-04"}},
		{"modal after a noun", "Indonesia's accession to the OECD could take years.", []string{"accession hypothetical - Indonesia+OECD"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %q, want %q", tt.text, got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("Extract(%q)[%d] = %q, want prefix %q", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestActorsInContext covers lists, nouns standing for states and
// organisations named before, hosts named by airports or "the city", and
// datelines.
func TestActorsInContext(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // actors of the last event, joined with "+"; location after "@"
	}{
		{"list with the", "Saudi Arabia, the UAE, Bahrain and Egypt severed ties with Qatar in June 2017.", "Saudi Arabia+United Arab Emirates+Bahrain+Egypt+Qatar"},
		{"list of objects", "President Emmanuel Macron met Olaf Scholz, Giorgia Meloni, Pedro Sánchez and Mark Rutte in Paris on Monday.", "Emmanuel Macron+Olaf Scholz+Giorgia Meloni+Pedro Sánchez+Mark Rutte@Paris"},
		{"the four states", "Bahrain, the UAE, Egypt and Saudi Arabia met in Cairo on Monday. The four states severed ties with Qatar in June 2017.", "Bahrain+United Arab Emirates+Egypt+Saudi Arabia+Qatar"},
		{"the kingdom", "Saudi Arabia hosted talks with Iran on Monday. The kingdom restored relations with Tehran in March 2023.", "Saudi Arabia+Iran"},
		{"the kingdom the text names most", "Saudi Arabia and Iran met in Beijing. Riyadh cut ties in 2016, and Bahrain followed. Raisi accepted an invitation from Saudi Arabia on Monday. He will visit the kingdom in May.", "Saudi Arabia"},
		{"prince by first name", "Saudi Foreign Minister Prince Faisal bin Farhan spoke on Monday. Prince Faisal visited Tehran on Tuesday.", "Faisal bin Farhan+Iran"},
		{"whose clause, envoys to capitals", "France, whose contract was scrapped, recalled its ambassadors to Washington and Canberra on Friday.", "France+United States+Australia"},
		{"the two former adversaries", "The United States and Vietnam met. Vietnam and the United States talked. The two former adversaries normalised relations in July 1995.", "United States+Vietnam"},
		{"the pair", "President Joe Biden welcomed Prime Minister Anthony Albanese to Washington. The pair met in the Oval Office on Monday.", "Joe Biden+Anthony Albanese@the Oval Office"},
		{"the ministers", "Foreign Minister Wang Yi and Secretary of State Antony Blinken spoke on Friday. The ministers met again in Beijing on Monday.", "Wang Yi+Antony Blinken@Beijing"},
		{"the four leaders", "Prime Minister Anthony Albanese, Prime Minister Fumio Kishida, Prime Minister Narendra Modi and President Joe Biden arrived in Hiroshima. The four leaders met on Saturday.", "Anthony Albanese+Fumio Kishida+Narendra Modi+Joe Biden"},
		{"with and with", "President Joe Biden met with Morrison and with Suga on Friday.", "Joe Biden+Morrison+Suga"},
		{"it is the state the text is about", "Finland is a Nordic country bordering Sweden. Finland has a long coast. It joined the European Union in 1995.", "Finland+EU"},
		{"the two sides", "Russian and Ukrainian delegations gathered in Istanbul. The two sides met on March 29.", "Russia+Ukraine"},
		{"n countries: a list after the colon", "On 1 January 1995, three countries joined the European Union at once: Austria, Finland and Sweden.", "Austria+Finland+Sweden+EU"},
		{"Moscow in Soviet times", "Richard Nixon visited Moscow in May 1972.", "Richard Nixon+Soviet Union"},
		{"Moscow after 1991", "Richard Nixon visited Moscow in May 1993.", "Richard Nixon+Russia"},
		{"they are the sentence's states", "Egypt and Qatar met on Monday. Saudi Arabia and Iran said on Friday that they had restored relations.", "Saudi Arabia+Iran"},
		{"plural title", "The accord, signed by Foreign Ministers Wang Yi and Sergei Lavrov in Moscow on Monday, covers energy.", "Wang Yi+Sergei Lavrov"},
		{"the kingdom names no kingdom", "Iran hosted talks on Monday. The kingdom restored relations with Tehran in March 2023.", "Iran"},
		{"the bloc named by the text", "The Gulf Cooperation Council met in Riyadh on Monday. The bloc expelled two Russian diplomats on Tuesday.", "GCC+Russia"},
		{"Gulf Arab leaders", "Gulf Arab leaders held a summit in Riyadh on Tuesday.", "GCC@Riyadh"},
		{"its is the sentence's state", "Canada and India clashed on Monday. India said its diplomats were expelled on Tuesday.", "India"},
		{"airport of a capital", "Prime Minister Anthony Albanese arrived at Beijing Capital International Airport on Saturday.", "Anthony Albanese+China@Beijing"},
		{"the city", "Prime Minister Anthony Albanese met Xi Jinping in Beijing on Monday. He arrived in the city on Sunday.", "Anthony Albanese+China@Beijing"},
		{"dateline with agency", "TOKYO (AP) — Prime Minister Anthony Albanese met Fumio Kishida on Monday.", "Anthony Albanese+Fumio Kishida"},
		{"dateline with ASCII dash", "TOKYO -- Prime Minister Anthony Albanese met Fumio Kishida on Monday.", "Anthony Albanese+Fumio Kishida"},
		{"dateline with country", "SEOUL, South Korea (AP) — Japan and Australia signed a defence pact on Monday.", "Japan+Australia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := timeline.Extract(context.Background(), timeline.Document{ID: "t", Text: tt.text, Ref: ref}, timeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Events) == 0 {
				t.Fatalf("Extract(%q): no events", tt.text)
			}
			e := res.Events[len(res.Events)-1]
			got := strings.Join(e.Actors, "+")
			if e.Location != "" && strings.Contains(tt.want, "@") {
				got += "@" + e.Location
			}
			if got != tt.want {
				t.Errorf("Extract(%q) actors = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestNotReports checks that questions and titles without a verb report no
// event.
func TestNotReports(t *testing.T) {
	for _, text := range []string{
		"Can a summit in Hanoi rescue the talks between Washington and Pyongyang?",
		"Will Xi visit Washington before the election?",
		"Every European leader who travels to Beijing returns with the same message.",
		"Talks with Beijing should be conditional, said Germany.",
		"Japan and China spoke. Analysts say the visit could reshape relations between the two countries.",
		"Chelsea will visit Real Madrid in the Champions League quarter-finals on April 11.",
		"The ministers spoke.\n\nBiden's visit to Kyiv\n\nThe trip was kept secret.",
	} {
		if got := extractBrief(t, text); len(got) != 0 {
			t.Errorf("Extract(%q) = %q, want no event", text, got)
		}
	}
}

// TestNotMeetings lists uses of meeting words that report no meeting:
// reactions, calls for talks, stances on them, talks with no one and no time.
func TestNotMeetings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"met with criticism", "The proposal was met with criticism from Beijing on Monday.", nil},
		{"met with scepticism", "China's plan met with scepticism in Washington.", nil},
		{"called for talks", "Blinken called for talks between Israel and Hamas on Tuesday.", nil},
		{"open to talks", "Germany said it was open to talks with Russia.", nil},
		{"welcomed the talks", "China's foreign ministry spokesperson told a regular news briefing on Monday that Beijing welcomed the talks.", nil},
		{"hopes the talks", "The United States hopes the talks will lead to a deal, Blinken told reporters on Monday.", nil},
		{"same talks restated", "President Yoon Suk Yeol arrived in Tokyo on Thursday for talks with Prime Minister Fumio Kishida. The two leaders met at the prime minister's office.", []string{"visit reported 2023-03-30", "meeting reported 2023-03-30 Yoon Suk Yeol+Fumio Kishida"}},
		{"dialogue of no one", "They also agreed to restart a security dialogue.", nil},
		{"talks of no one", "The talks are expected to focus on trade, officials in Beijing said.", nil},
		{"years of talks", "The two countries signed a free trade agreement in Canberra on Monday, ending five years of talks.", []string{"agreement reported 2023-04-03"}},
		{"business leaders", "Chinese state media said Xi Jinping would also meet American business leaders at a dinner in San Francisco.", nil},
		{"a motorcade arrives", "Xi's motorcade arrived at the estate.", nil},
		{"speaker is no participant", "Talks on a ceasefire continue, said President Joe Biden.", nil},
		{"wanted to meet", "The Japanese prime minister said he wanted to meet Kim Jong Un without preconditions.", []string{"meeting hypothetical"}},
		{"their meeting", "Xi Jinping told Joe Biden in their meeting in Woodside on November 15 that Taiwan mattered most.", []string{"meeting reported 2022-11-15 Xi Jinping+Joe Biden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractBrief(t, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q) = %q, want %q", tt.text, got, tt.want)
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("Extract(%q)[%d] = %q, want prefix %q", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}
