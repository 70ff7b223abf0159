package timeline

import "strings"

// summarize writes a short present-tense line for an event: "Jens
// Stoltenberg visits Washington", "Finland joins NATO".
func summarize(e Event, c candidate, phrase string) string {
	a := e.Actors
	first, rest := "", []string(nil)
	if len(a) > 0 {
		first, rest = a[0], a[1:]
	}
	var s string
	switch e.Type {
	case Visit:
		dest := e.Location
		if dest == "" && len(rest) > 0 {
			dest = rest[0]
		}
		switch {
		case c.Host && len(rest) > 0:
			s = first + " hosts " + rest[0]
		case first != "" && dest != "":
			s = first + " visits " + dest
		case first != "":
			s = first + " makes a visit"
		case dest != "":
			s = "Visit to " + dest
		default:
			s = "Visit"
		}
	case Meeting:
		verb := " meets "
		if c.CAMEO == "041" {
			verb = " holds a phone call with "
		} else if c.CAMEO == "046" {
			verb = " negotiates with "
		}
		switch {
		case len(rest) > 0:
			s = first + verb + list(rest)
		case first != "":
			s = first + " holds talks"
		default:
			s = "Meeting"
		}
	case Summit:
		s = "Summit"
		if len(a) > 0 {
			s = list(a) + " summit"
		}
		if e.Location != "" {
			s += " in " + e.Location
		}
	case Accession:
		org, states := "", []string(nil)
		for _, x := range a {
			if _, ok := organisationNames[x]; ok && org == "" {
				org = x
			} else {
				states = append(states, x)
			}
		}
		switch {
		case len(states) > 0 && org != "":
			verb := " joins "
			if len(states) > 1 {
				verb = " join "
			}
			s = list(states) + verb + org
		case org != "":
			s = "Accession to " + org
		case len(states) > 0:
			s = list(states) + " accession"
		default:
			s = "Accession"
		}
	case Agreement:
		if len(a) > 0 {
			s = list(a) + " sign an agreement"
			if len(a) == 1 {
				s = first + " signs an agreement"
			}
		} else {
			s = "Agreement signed"
		}
	case Founding:
		if first != "" {
			s = first + " founded"
		} else {
			s = "Founding"
		}
	default:
		// "United Kingdom: expelled 23 Russian diplomats"
		s = phrase
		if len(a) > 0 {
			s = list(a) + ": " + phrase
		}
	}
	switch e.Status {
	case Planned:
		s += " (planned)"
	case Hypothetical:
		s += " (possible)"
	case Negated:
		s += " (did not happen)"
	}
	return s
}

// list joins names as "A", "A and B", "A, B and C".
func list(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// organisationNames is the set of canonical organisation names.
var organisationNames = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range organisations {
		m[v] = true
	}
	return m
}()
