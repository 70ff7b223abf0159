package render_test

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/timeline-dev/timeline/render"
	"github.com/timeline-dev/timeline/timeline"
)

func readCSV(t testing.TB, out []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v\n%s", err, out)
	}
	return rows
}

func TestCSVParses(t *testing.T) {
	res := fixture()
	out := encode(t, "csv", res)
	rows := readCSV(t, out)
	if !reflect.DeepEqual(rows[0], render.CSVHeader) {
		t.Fatalf("header = %v, want %v", rows[0], render.CSVHeader)
	}
	if len(rows) != len(res.Events)+1 {
		t.Fatalf("%d rows, want a header and %d events", len(rows), len(res.Events))
	}
	col := map[string]int{}
	for i, h := range render.CSVHeader {
		col[h] = i
	}
	for i, e := range res.Events {
		row := rows[i+1]
		if row[col["id"]] != e.ID {
			t.Errorf("row %d id = %q, want %q", i+1, row[col["id"]], e.ID)
		}
		if got, want := row[col["summary"]], render.DefuseFormula(e.Summary); got != want {
			t.Errorf("row %d summary = %q, want %q", i+1, got, want)
		}
		if got, want := row[col["sentence"]], render.DefuseFormula(e.Source.Sentence); got != want {
			t.Errorf("row %d sentence = %q, want %q", i+1, got, want)
		}
		if got, want := row[col["actors"]], render.DefuseFormula(strings.Join(e.Actors, "; ")); got != want {
			t.Errorf("row %d actors = %q, want %q", i+1, got, want)
		}
	}
	if !bytes.Contains(out, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(out, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("lines do not all end with CRLF")
	}
	// The formula event: no cell of its row may start with a formula character.
	for _, row := range rows[1:] {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("cell %s = %q starts a formula", render.CSVHeader[j], cell)
			}
		}
	}
}

func TestCSVMergedSources(t *testing.T) {
	rows := readCSV(t, encode(t, "csv", fixture()))
	col := map[string]int{}
	for i, h := range render.CSVHeader {
		col[h] = i
	}
	for _, row := range rows[1:] {
		if row[col["id"]] != "ev-summit" {
			continue
		}
		if row[col["source_count"]] != "2" || row[col["all_documents"]] != "wire/nato-2024.txt; de/zürich.md" {
			t.Errorf("merged event: source_count %q all_documents %q", row[col["source_count"]], row[col["all_documents"]])
		}
		return
	}
	t.Error("no row for ev-summit")
}

func TestDefuseFormula(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=SUM(A1)", "'=SUM(A1)"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a=b", "a=b"},
		{" =x", " =x"},
		{"'already", "'already"},
	}
	for _, tt := range tests {
		if got := render.DefuseFormula(tt.in); got != tt.want {
			t.Errorf("DefuseFormula(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVLineBreaksInCells(t *testing.T) {
	e := timeline.Event{ID: "x", Summary: "one\r\ntwo\rthree\nfour", Source: timeline.Source{Sentence: "a \"b\", c"}}
	rows := readCSV(t, encode(t, "csv", timeline.Result{Events: []timeline.Event{e}}))
	if got := rows[1][14]; got != "one\ntwo\nthree\nfour" {
		t.Errorf("summary cell = %q, want line breaks kept as \\n", got)
	}
	if got := rows[1][16]; got != "a \"b\", c" {
		t.Errorf("sentence cell = %q", got)
	}
}

func TestCSVBOM(t *testing.T) {
	for _, bom := range []bool{false, true} {
		var b strings.Builder
		enc, err := render.NewEncoder("csv", &b, render.Options{BOM: bom})
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		got := b.String()
		if has := strings.HasPrefix(got, "\ufeff"); has != bom {
			t.Errorf("BOM %v: output starts %q", bom, got[:min(len(got), 8)])
		}
		if !strings.HasPrefix(strings.TrimPrefix(got, "\ufeff"), render.CSVHeader[0]+",") {
			t.Errorf("BOM %v: header missing: %q", bom, got)
		}
	}
}
