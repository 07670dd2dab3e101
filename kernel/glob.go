package kernel

import (
	"unicode/utf8"
)

// glob is a compiled history search pattern, matched as IPython matches
// them (SQLite's GLOB): * is any run of characters, / and newlines
// included; ? is one character; [abc], [a-z] and [^abc] are classes;
// everything else, case included, stands for itself. (path.Match, used
// before, stopped * at a slash and cost a cell's worth of backtracking.)
//
// A pattern is split at its stars into segments of single-character
// items. Matching tries the first segment at the start of the text, the
// last at its end, and each middle one at its leftmost place after the
// one before: with only stars between them, the leftmost place never
// loses a match that a later one would find, so there is no
// backtracking, and a match costs at most the text's length times the
// longest segment's.
type glob struct {
	segs     [][]globItem // the pattern between its stars
	anchored bool         // no star: the one segment is the whole text
}

type globItem struct {
	kind   byte // 'c' one character, '?' any character, '[' a class
	r      rune
	negate bool
	ranges []rune // pairs lo, hi
}

func (it globItem) matches(r rune) bool {
	switch it.kind {
	case '?':
		return true
	case '[':
		in := false
		for i := 0; i+1 < len(it.ranges); i += 2 {
			if it.ranges[i] <= r && r <= it.ranges[i+1] {
				in = true
				break
			}
		}
		return in != it.negate
	}
	return it.r == r
}

// compileGlob compiles pattern. It never fails: a [ without its ] stands
// for itself, as in SQLite.
func compileGlob(pattern string) glob {
	g := glob{anchored: true}
	var cur []globItem
	for i := 0; i < len(pattern); {
		r, n := utf8.DecodeRuneInString(pattern[i:])
		switch r {
		case '*':
			g.segs = append(g.segs, cur)
			cur = nil
			g.anchored = false
			i += n
			continue
		case '?':
			cur = append(cur, globItem{kind: '?'})
			i += n
			continue
		case '[':
			if it, size, ok := parseClass(pattern[i+1:]); ok {
				cur = append(cur, it)
				i += 1 + size
				continue
			}
		}
		cur = append(cur, globItem{kind: 'c', r: r})
		i += n
	}
	g.segs = append(g.segs, cur)
	return g
}

// parseClass reads a class after its [: its items, and the bytes up to
// and including the ]. A ] first in the class stands for itself.
func parseClass(s string) (globItem, int, bool) {
	it := globItem{kind: '['}
	i := 0
	if i < len(s) && s[i] == '^' {
		it.negate = true
		i++
	}
	first := true
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == ']' && !first {
			return it, i + 1, true
		}
		first = false
		i += n
		lo, hi := r, r
		if i+1 < len(s) && s[i] == '-' && s[i+1] != ']' {
			hi, n = utf8.DecodeRuneInString(s[i+1:])
			i += 1 + n
		}
		it.ranges = append(it.ranges, lo, hi)
	}
	return globItem{}, 0, false
}

// match reports whether the whole of text matches.
func (g glob) match(text string) bool {
	if g.anchored {
		n, ok := matchAt(g.segs[0], text)
		return ok && n == len(text)
	}
	first, last := g.segs[0], g.segs[len(g.segs)-1]
	n, ok := matchAt(first, text)
	if !ok {
		return false
	}
	text = text[n:]
	for _, seg := range g.segs[1 : len(g.segs)-1] {
		i, end := find(seg, text)
		if i < 0 {
			return false
		}
		text = text[end:]
	}
	return matchSuffix(last, text)
}

// matchAt matches seg at the start of text and returns the bytes it
// spans.
func matchAt(seg []globItem, text string) (int, bool) {
	n := 0
	for _, it := range seg {
		if n == len(text) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(text[n:])
		if !it.matches(r) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// find returns where seg matches leftmost in text, and where that match
// ends; -1 if nowhere.
func find(seg []globItem, text string) (start, end int) {
	for i := 0; ; {
		if n, ok := matchAt(seg, text[i:]); ok {
			return i, i + n
		}
		if i == len(text) {
			return -1, -1
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
}

// matchSuffix reports whether seg matches the end of text: it is tried
// at the character that many characters from the end.
func matchSuffix(seg []globItem, text string) bool {
	i := len(text)
	for range seg {
		if i == 0 {
			return false
		}
		_, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
	}
	n, ok := matchAt(seg, text[i:])
	return ok && i+n == len(text)
}
