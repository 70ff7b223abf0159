package timeline

import (
	"testing"
	"unsafe"
)

func TestEventDetach(t *testing.T) {
	text := "Intro. Blinken visited Kyiv on May 14, 2024. More text follows."
	sentence := text[7:44]
	e := Event{
		Trigger: sentence[8:15],
		Source:  Source{Document: "a.txt", Sentence: sentence, Start: 7, End: 44},
		Sources: []Source{{Document: "a.txt", Sentence: sentence, Start: 7, End: 44}, {Document: "b.txt", Sentence: sentence}},
	}
	orig := e.Sources
	e.Detach()
	if e.Source.Sentence != sentence || e.Trigger != "visited" || e.Sources[1].Sentence != sentence {
		t.Fatalf("Detach changed the text: %+v", e)
	}
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		b := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return p >= b && p < b+uintptr(len(text))
	}
	for _, s := range []string{e.Source.Sentence, e.Trigger, e.Sources[0].Sentence, e.Sources[1].Sentence} {
		if inText(s) {
			t.Errorf("%q still points into the document text", s)
		}
	}
	if !inText(orig[0].Sentence) {
		t.Errorf("Detach modified the caller's Sources slice in place")
	}
}
