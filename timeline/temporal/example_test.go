package temporal_test

import (
	"fmt"
	"os"
	"time"

	"github.com/timeline-dev/timeline/timeline/temporal"
)

func ExampleTag() {
	text := "NATO's chief traveled to Washington on October 21–22. The following day he met " +
		"members of Congress, who have backed the alliance since 1949, for two hours."
	ref := time.Date(2024, 10, 23, 0, 0, 0, 0, time.UTC)
	for _, tx := range temporal.Tag(text, ref) {
		fmt.Printf("%d:%d %q %s %s\n", tx.Start, tx.End, tx.Text, tx.Type, tx.Value)
	}
	// Output:
	// 39:54 "October 21–22" DATE 2024-10-21/2024-10-22
	// 56:73 "The following day" DATE 2024-10-23
	// 137:141 "1949" DATE 1949
	// 147:156 "two hours" DURATION PT2H
}

func ExampleTag_noReference() {
	for _, tx := range temporal.Tag("The summit opened on Tuesday, October 21.", time.Time{}) {
		fmt.Println(tx.Text, tx.Value, tx.Date.Inferred)
	}
	// Output:
	// Tuesday, October 21 XXXX-10-21 true
}

func ExampleFindReference() {
	ref, ok := temporal.FindReference("BRUSSELS, Dec. 4, 2024 (Timeline Wire) — Foreign ministers met.")
	fmt.Println(ref.Format("2006-01-02"), ok)
	// Output:
	// 2024-12-04 true
}

func ExampleWriteTimeML() {
	text := "Finland joined on 4 April 2023 & Sweden in March 2024."
	temporal.WriteTimeML(os.Stdout, text, temporal.Tag(text, time.Time{}))
	// Output:
	// Finland joined on <TIMEX3 tid="t1" type="DATE" value="2023-04-04">4 April 2023</TIMEX3> &amp; Sweden in <TIMEX3 tid="t2" type="DATE" value="2024-03">March 2024</TIMEX3>.
}
