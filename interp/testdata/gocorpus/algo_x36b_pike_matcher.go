package main

import "fmt"

// The classic Kernighan & Pike matcher, extended with '+' and '?'.
//   c    matches the literal character c
//   .    matches any single character
//   ^    anchors at the start, $ at the end
//   x*   zero or more x, x+ one or more, x? zero or one

func match(re, text string) bool {
	if len(re) > 0 && re[0] == '^' {
		return matchHere(re[1:], text)
	}
	for {
		if matchHere(re, text) {
			return true
		}
		if text == "" {
			return false
		}
		text = text[1:]
	}
}

func matchHere(re, text string) bool {
	switch {
	case re == "":
		return true
	case len(re) >= 2 && re[1] == '*':
		return matchStar(re[0], re[2:], text)
	case len(re) >= 2 && re[1] == '+':
		return text != "" && matchChar(re[0], text[0]) && matchStar(re[0], re[2:], text[1:])
	case len(re) >= 2 && re[1] == '?':
		if text != "" && matchChar(re[0], text[0]) && matchHere(re[2:], text[1:]) {
			return true
		}
		return matchHere(re[2:], text)
	case re == "$":
		return text == ""
	case text != "" && matchChar(re[0], text[0]):
		return matchHere(re[1:], text[1:])
	}
	return false
}

func matchChar(c, t byte) bool { return c == '.' || c == t }

func matchStar(c byte, re, text string) bool {
	// leftmost-longest variant: consume as many as possible, then back off
	i := 0
	for i < len(text) && matchChar(c, text[i]) {
		i++
	}
	for ; i >= 0; i-- {
		if matchHere(re, text[i:]) {
			return true
		}
	}
	return false
}

// grep returns the lines that match, like a tiny grep.
func grep(re string, lines []string) (hits []int) {
	for i, l := range lines {
		if match(re, l) {
			hits = append(hits, i)
		}
	}
	return
}

func main() {
	lines := []string{
		"func main() {",
		"    x := 42",
		"    fmt.Println(x)",
		"}",
		"",
		"colour color colr",
		"aaab",
		"// TODO: fix this",
	}
	patterns := []string{"^func", "}$", "^$", "x", "colou?r", "a+b", "^a*b$", "TODO.*fix", "Print.n", "^ +x", "zzz", "^.*$"}
	for _, p := range patterns {
		hits := grep(p, lines)
		fmt.Printf("%-10q %v\n", p, hits)
		for _, h := range hits {
			if len(hits) <= 2 {
				fmt.Printf("           %d: %q\n", h, lines[h])
			}
		}
	}
	table := []struct {
		re, s string
		want  bool
	}{
		{"ab*c", "ac", true}, {"ab*c", "abbbc", true}, {"ab+c", "ac", false},
		{"^ab?c$", "abc", true}, {"^ab?c$", "abbc", false}, {"a.c", "axc", true},
	}
	ok := 0
	for _, tc := range table {
		if got := match(tc.re, tc.s); got == tc.want {
			ok++
		} else {
			fmt.Printf("FAIL %q %q got %v\n", tc.re, tc.s, got)
		}
	}
	fmt.Printf("%d/%d table cases pass\n", ok, len(table))
}
