// Package temporal finds the temporal expressions in English news text and
// resolves them to TIMEX3 values and calendar dates. It is built on
// github.com/olebedev/when: each family of expressions is a Rule that
// implements when's rules.Rule (one file per family, rule_*.go, with a
// table test beside it), and it is the only package of the project that
// imports when.
//
// # How it works
//
// Tag scans the text once for trigger words (month and weekday names,
// numbers, "last", "the", "every"...) and runs only the rules a trigger can
// start, anchored at it, on a small window of text. The longest match wins;
// words before it may be taken into the span ("early", "the end of",
// "Tuesday, ", "more than"). This avoids when.Parser.Parse, which returns
// only the first cluster of matches, and keeps the cost linear in the size
// of the text.
//
// # Conventions
//
//   - Values are TIMEX3: "2023-04-04", "2023-04", "2023", "199" (the 1990s),
//     "19" (the 20th century), "2024-W10", "2024-Q1", "2024-H2", "2024-SU",
//     "2024-W10-WE" (a weekend), "P3D", "PT5H", "P10Y" (a decade),
//     "PRESENT_REF", "PAST_REF", "FUTURE_REF"; times add "T10:00" or a part
//     of the day ("TNI", "TMO") to the day.
//   - A range ("October 21–22", "21-22 October 2024", "from March to May
//     2023", "between 2019 and 2021") is one Timex whose Value is an ISO 8601
//     interval "2024-10-21/2024-10-22" and whose Date has End set. The
//     word before it ("from", "between") stays outside the span. A Tagger
//     made with SplitRanges returns the two ends of a range joined by a word
//     as two expressions, as plain TimeML annotates them.
//   - Days joined by "and" are a range when they are consecutive ("on 9 and
//     10 July", "on July 9 and 10", "on Wednesday and Thursday"), like a
//     range with a dash; days that are not ("on 5 and 9 December", "on
//     Monday and Thursday") are two expressions, resolved together so that
//     both fall in the same week or month.
//   - A month, day or weekday followed by a year or week named relatively is
//     one expression: "March last year" (2023-03 in 2024), "5 May of this
//     year", "June that year", "Tuesday last week".
//   - Anchored durations follow TimeML: in "two days later" only "two days"
//     is tagged, as a DURATION; "25 years ago" is a DATE. A bare plural unit
//     is a vague duration ("days before the vote" PXD, "weeks of talks" PXW,
//     "for years" PXY) unless a determiner, an adjective or a name makes it
//     something else ("those days", "the early years", "the Obama years").
//   - "in two weeks" in a clause that looks ahead ("will meet in two weeks")
//     is a DATE counted from the reference date (2024-W45 on 2024-10-23);
//     only "two weeks" is tagged. Elsewhere ("grew 5% in two years", "the
//     first visit in ten years") it stays a DURATION.
//   - A time opening a line ("09:40 —", "14:05 BST:", "9.40am:") stamps a
//     live-blog entry: its day is that of the latest date heading a line or
//     paragraph ("Thursday 16 March 2023"), else the reference date, else
//     XXXX-XX-XX; the times inside the entry that name no day share it.
//   - A date that bounds an open period keeps its own span and value and
//     gets a TIMEX3 mod from the preposition before it: "since 2014" is
//     "2014" with Mod ON_OR_AFTER, "after" AFTER, "before" and "prior to"
//     BEFORE, "until" and "till" ON_OR_BEFORE ("did not open until October
//     2005" gets none: it opened then). "by 2028" gets no mod.
//   - "midnight" is T00:00 of the day it is attached to ("July 1 ... at
//     midnight" is 2013-07-01T00:00), never T24:00, which readers take for
//     the next day.
//   - "earlier this year" is a DATE whose value is the year, with no mod.
//   - Numeric dates are month/day/year ("04/05/2023" is April 5) unless the
//     first number is above 12 or the Tagger is made with DayFirst; dotted
//     dates ("04.05.2023") are day.month.year.
//   - A winter is written with the year of its December: "2023-WI" runs
//     from December 2023 to February 2024.
//   - Bare years are taken only in date contexts ("in 1949", "since 2014",
//     "the 2022 invasion", "its 1949 founding", "mid-2023") and between 1000
//     and 2199, never in "300,000 troops", "Article 5", "F-16", "COVID-19".
//   - A month and day without a year, and a weekday, are resolved against the
//     reference date by the tense of their clause: the past occurrence in a
//     clause that reports the past, the coming one after "will", "is
//     expected to", "next"... A year written earlier in the same clause wins
//     ("in 2019, on March 5"). Anaphora ("the following day", "that year",
//     "later that month", "the day before") count from the latest date
//     mentioned that is precise enough.
//   - A weekday written with a date ("Tuesday, October 23") is checked
//     against it. If they clash and the year was taken from the reference
//     date, the year among the reference year and the one before and after
//     in which the day has that weekday is chosen; if there is none (October
//     23 is a Tuesday only in 2018 and 2029 around 2024), or the year was
//     written or taken from the discourse, the explicit date is kept and
//     Timex.Warning says the weekday does not match. A weekday with only a
//     day ("Friday the 13th") is the nearest past (or, looking ahead,
//     coming) month in which they agree.
//   - "on the 23rd" is that day of the month of the latest date mentioned
//     that gives one (not a day after the 23rd: "On October 28 ... on the
//     3rd" is left untagged), else of the reference month, or the month
//     before in a past clause when the day has not yet come.
//   - Date.Inferred is true when the year (or more) was not written in the
//     expression but taken from the reference date or the discourse.
//   - With a zero reference date nothing is taken from the clock: the parts
//     that would need one stay X ("XXXX-10-21", "XXXX-WXX-2") and Date.Start
//     is zero.
//   - Invalid UTF-8 is not an error: invalid bytes count as non-letters, and
//     offsets always fall on rune boundaries.
//
// # Measuring
//
// ReadTimeML reads TempEval-3 .tml files, Evaluate and Score compute strict
// and relaxed span F1, type and value accuracy and value F1, and
// cmd/timexeval prints them for a directory:
//
//	go run ./timeline/temporal/cmd/timexeval timeline/temporal/testdata/dev
package temporal
