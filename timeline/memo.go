package timeline

import (
	"strings"
	"sync"
	"sync/atomic"
)

// memo remembers the results of a pure function of a string for the whole
// process: the gazetteer lookups below build normalised keys and query the
// country library, which costs more than a concurrent map read. At most
// memoLimit entries are kept, so that unusual input cannot grow it without
// bound; later keys are computed each time.
type memo[V any] struct {
	m sync.Map
	n atomic.Int64
}

const memoLimit = 1 << 14

func (c *memo[V]) get(key string, f func(string) V) V {
	if v, ok := c.m.Load(key); ok {
		return v.(V)
	}
	v := f(key)
	if c.n.Load() < memoLimit {
		// the key is often a slice of a document's text: a copy keeps the
		// memo from holding whole documents
		if _, loaded := c.m.LoadOrStore(strings.Clone(key), v); !loaded {
			c.n.Add(1)
		}
	}
	return v
}

type countryHit struct {
	name string
	ok   bool
}

type capitalHit struct {
	city, country string
	ok            bool
}

var (
	countryMemo memo[countryHit]
	capitalMemo memo[capitalHit]
)

// lookupCountry resolves a phrase of name tokens to a country name; see
// findCountry.
func lookupCountry(phrase string) (string, bool) {
	h := countryMemo.get(phrase, func(p string) countryHit {
		name, ok := findCountry(p)
		return countryHit{strings.Clone(name), ok}
	})
	return h.name, h.ok
}

// lookupCapital resolves a city name to the capital and its country; see
// findCapital.
func lookupCapital(phrase string) (city, country string, ok bool) {
	h := capitalMemo.get(phrase, func(p string) capitalHit {
		city, country, ok := findCapital(p)
		return capitalHit{strings.Clone(city), country, ok} // city may be p, a slice of the text
	})
	return h.city, h.country, h.ok
}
