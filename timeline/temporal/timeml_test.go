package temporal

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteTimeMLEscapes(t *testing.T) {
	text := "On 4 April 2023 <script>alert(1)</script> & \"more\"\x00."
	var b bytes.Buffer
	if err := WriteTimeML(&b, text, Tag(text, mustDate(t, "2024-01-01"))); err != nil {
		t.Fatal(err)
	}
	want := `On <TIMEX3 tid="t1" type="DATE" value="2023-04-04">4 April 2023</TIMEX3> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;` + "\uFFFD."
	if b.String() != want {
		t.Errorf("WriteTimeML =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWriteTimeMLRejectsOverlap(t *testing.T) {
	err := WriteTimeML(&bytes.Buffer{}, "abcdef", []Timex{{Start: 0, End: 3}, {Start: 2, End: 4}})
	if err == nil || !strings.Contains(err.Error(), "overlaps") {
		t.Errorf("WriteTimeML with overlapping expressions: err = %v, want an overlap error", err)
	}
}

// TestTimeMLRoundTrip writes a document and reads it back.
func TestTimeMLRoundTrip(t *testing.T) {
	text := "NATO met on Tuesday & on 4 April 2023 for two days.\nIt meets every year."
	ref := mustDate(t, "2024-10-23")
	tags := Tag(text, ref)
	var b bytes.Buffer
	if err := WriteTimeMLDocument(&b, "doc-1", text, ref, tags); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadTimeML(&b, "doc-1.tml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "doc-1" || doc.Text != text || !doc.DCT.Equal(ref) {
		t.Fatalf("read back id %q dct %v text %q", doc.ID, doc.DCT, doc.Text)
	}
	if len(doc.Timexes) != len(tags) {
		t.Fatalf("read back %d expressions, wrote %d", len(doc.Timexes), len(tags))
	}
	for i, g := range doc.Timexes {
		w := tags[i]
		if g.Start != w.Start || g.End != w.End || g.Text != w.Text || g.Type != w.Type || g.Value != w.Value {
			t.Errorf("expression %d read back as %+v, wrote %+v", i, g, w)
		}
	}
}

func TestReadTimeMLTempEval(t *testing.T) {
	doc, err := ReadTimeML(strings.NewReader(`<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-30" temporalFunction="false" functionInDocument="CREATION_TIME">10/30/89</TIMEX3></DCT>
<TITLE>x</TITLE>
<TEXT>
Shares <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> <TIMEX3 tid="t1" type="DATE" value="1989-10-27" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3> &amp; <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>`), "wsj_0001.tml")
	if err != nil {
		t.Fatal(err)
	}
	if doc.ID != "wsj_0001" || doc.DCT.Format("2006-01-02") != "1989-10-30" {
		t.Errorf("id %q dct %v", doc.ID, doc.DCT)
	}
	if want := "\nShares rose Friday & for three days.\n"; doc.Text != want {
		t.Errorf("text %q, want %q", doc.Text, want)
	}
	if len(doc.Timexes) != 2 || doc.Timexes[0].Text != "Friday" || doc.Timexes[1].Value != "P3D" || doc.Timexes[1].Type != TypeDuration {
		t.Errorf("timexes %+v", doc.Timexes)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	for _, in := range []string{"", "just text", "<TimeML><DOCID>x</DOCID></TimeML>"} {
		if _, err := ReadTimeML(strings.NewReader(in), "bad.tml"); err == nil || !strings.Contains(err.Error(), "bad.tml") {
			t.Errorf("ReadTimeML(%q) err = %v, want an error naming bad.tml", in, err)
		}
	}
}

func TestReadTimeMLFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/timeml/*.tml")
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/timeml")
	}
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ReadTimeML(r, f)
		r.Close()
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if doc.DCT.IsZero() || len(doc.Timexes) == 0 {
			t.Errorf("%s: no DCT or no expressions read", f)
		}
	}
}
