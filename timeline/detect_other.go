package timeline

// otherDetector finds other diplomatic acts: recognition (CAMEO 054),
// establishing or restoring relations (050), breaking relations, expelling
// diplomats, recalling or summoning ambassadors (161).
var otherDetector = &detector{
	Name: "other-diplomatic",
	Keywords: []string{"recognized", "recognised", "recognize", "recognise", "recognizes", "recognises", "recognition",
		"expelled", "expel", "expels", "expelling", "expulsion", "severed", "sever", "broke", "cut", "suspended",
		"established", "restored", "normalized", "normalised", "normalize", "normalise", "recalled", "summoned",
		"reopened", "opened", "closed"},
	Match: matchOther,
}

func matchOther(s *sentCtx, i int) (candidate, bool) {
	w := s.lw(i)
	c := candidate{Type: OtherDiplomatic, CAMEO: "050", Tok: i, End: i + 1, Strength: 0.55}
	if !s.diplomatic() {
		return candidate{}, false
	}
	switch w {
	case "recognized", "recognised", "recognize", "recognise", "recognizes", "recognises", "recognition":
		if s.near(i, 0, 6, "independence", "sovereignty", "statehood", "state", "government", "annexation", "jerusalem") {
			c.CAMEO = "054"
			return c, true
		}
	case "expelled", "expel", "expels", "expelling", "expulsion":
		if s.near(i, 0, 6, "diplomats", "diplomat", "ambassador", "envoy", "attaché", "attache", "embassy", "staff") {
			c.CAMEO = "161"
			return c, true
		}
	case "severed", "sever", "broke", "cut", "suspended":
		if s.near(i, 0, 4, "relations", "ties") && s.near(i, 0, 4, "diplomatic", "relations") {
			c.CAMEO = "161"
			return c, true
		}
	case "established", "restored", "normalized", "normalised", "normalize", "normalise":
		if s.near(i, 0, 3, "relations", "ties") {
			c.CAMEO = "050"
			return c, true
		}
	case "recalled", "summoned":
		if s.near(i, 0, 4, "ambassador", "envoy", "ambassadors", "diplomats") {
			c.CAMEO = "161"
			if w == "summoned" {
				c.CAMEO = "050"
			}
			return c, true
		}
	case "reopened", "opened", "closed":
		if s.near(i, 0, 3, "embassy", "consulate") {
			c.CAMEO = "050"
			return c, true
		}
	}
	return candidate{}, false
}
