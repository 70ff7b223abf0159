package timeline

// accessionDetector finds a state joining an alliance or union (nearest
// CAMEO 057): "joined NATO", "became the 31st member of the alliance",
// "Finland's accession", "acceded to the EU", "was admitted to the UN".
// Joining a company or "joining forces" is not an accession.
var accessionDetector = &detector{
	Name:     "accession",
	Keywords: []string{"joined", "join", "joins", "joining", "accession", "acceded", "accede", "accedes", "became", "become", "becomes", "admitted", "admission", "membership"},
	Match:    matchAccession,
}

func matchAccession(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	c := candidate{Type: Accession, CAMEO: "057", Tok: i, End: i + 1, Strength: 0.6}
	switch w {
	case "joined", "join", "joins", "joining":
		if isOneOf(s.lw(i+1), "forces", "by", "hands", "in", "us", "them") {
			return candidate{}, false
		}
		if !s.orgWithin(i+1, 3) {
			return candidate{}, false
		}
		return c, true
	case "accession", "acceded", "accede", "accedes":
		if s.orgWithin(max(0, i-6), 12) || s.doc.mainOrg() != "" {
			c.Strength, c.Nominal = 0.6, w == "accession"
			return c, true
		}
		return candidate{}, false
	case "became", "become", "becomes":
		// "became the 31st member of NATO", "became a full member"
		for k := i + 1; k <= i+5 && k < len(s.toks); k++ {
			if isOneOf(s.lw(k), "member", "members", "member-state", "ally") {
				if s.orgWithin(k, 4) || s.orgWithin(i-6, 6) {
					c.End = k + 1
					return c, true
				}
			}
		}
		return candidate{}, false
	case "admitted", "admission":
		if isOneOf(s.lw(i+1), "to", "into", "of") && s.orgWithin(i+1, 4) {
			return c, true
		}
		return candidate{}, false
	case "membership":
		if isOneOf(s.lw(i-1), "full", "formal") && isOneOf(s.lw(i-2), "gained", "won", "obtained", "granted", "achieved") {
			c.Tok = i - 2
			return c, true
		}
		return candidate{}, false
	}
	return candidate{}, false
}
