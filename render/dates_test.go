package render_test

import (
	"testing"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

func TestDisplayDate(t *testing.T) {
	d := func(v string) *timeline.Date {
		var x timeline.Date
		// Build through the JSON form to keep the table short.
		if err := x.UnmarshalJSON([]byte(v)); err != nil {
			t.Fatal(err)
		}
		return &x
	}
	tests := []struct {
		date *timeline.Date
		want string
	}{
		{nil, ""},
		{d(`{"granularity":"day","value":"XXXX-10-21"}`), "XXXX-10-21"},
		{d(`{"granularity":"day","first_day":"2024-10-21","value":"2024-10-21"}`), "21 October 2024"},
		{d(`{"granularity":"day","first_day":"2024-10-21","end":"x","last_day":"2024-10-22"}`), "21–22 October 2024"},
		{d(`{"granularity":"day","first_day":"2024-09-30","end":"x","last_day":"2024-10-01"}`), "30 September – 1 October 2024"},
		{d(`{"granularity":"day","first_day":"2024-12-30","end":"x","last_day":"2025-01-02"}`), "30 December 2024 – 2 January 2025"},
		{d(`{"granularity":"month","first_day":"2024-07-01"}`), "July 2024"},
		{d(`{"granularity":"month","first_day":"2024-07-01","end":"x","last_day":"2024-09-30"}`), "July–September 2024"},
		{d(`{"granularity":"year","first_day":"2023-01-01","mod":"START"}`), "early 2023"},
		{d(`{"granularity":"year","first_day":"2019-01-01","end":"x","last_day":"2021-12-31"}`), "2019–2021"},
		{d(`{"granularity":"quarter","first_day":"2024-01-01","end":"x","last_day":"2024-06-30"}`), "Q1 2024 – Q2 2024"},
		{d(`{"granularity":"season","first_day":"2024-12-01"}`), "winter 2024"},
		{d(`{"granularity":"decade","first_day":"1990-01-01","mod":"END"}`), "the late 1990s"},
		{d(`{"granularity":"decade","first_day":"1990-01-01","mod":"APPROX"}`), "about the 1990s"},
		{d(`{"granularity":"century","first_day":"2000-01-01"}`), "the 21st century"},
		{d(`{"granularity":"century","first_day":"1000-01-01"}`), "the 11th century"},
	}
	for _, tt := range tests {
		if got := render.DisplayDate(tt.date); got != tt.want {
			t.Errorf("DisplayDate(%+v) = %q, want %q", tt.date, got, tt.want)
		}
	}
}
