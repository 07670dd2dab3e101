package main

import (
	"fmt"
	"sort"
	"strings"
)

type class int

const (
	cLetter class = iota
	cDigit
	cDot
	cE
	cSign
	cQuote
	cOther
	nClasses
)

func classOf(r byte) class {
	switch {
	case r == 'e' || r == 'E':
		return cE
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_':
		return cLetter
	case r >= '0' && r <= '9':
		return cDigit
	case r == '.':
		return cDot
	case r == '+' || r == '-':
		return cSign
	case r == '"':
		return cQuote
	}
	return cOther
}

type DFA struct {
	trans  map[[2]int]int
	accept map[int]string
}

func (d *DFA) add(from int, cs []class, to int) {
	for _, c := range cs {
		d.trans[[2]int{from, int(c)}] = to
	}
}

// Build a DFA for identifiers, integers, floats with exponent, and strings.
func build() *DFA {
	d := &DFA{trans: map[[2]int]int{}, accept: map[int]string{}}
	all := []class{cLetter, cDigit, cDot, cE, cSign, cOther}
	d.add(0, []class{cLetter, cE}, 1)
	d.add(1, []class{cLetter, cE, cDigit}, 1)
	d.add(0, []class{cDigit}, 2)
	d.add(2, []class{cDigit}, 2)
	d.add(2, []class{cDot}, 3)
	d.add(3, []class{cDigit}, 4)
	d.add(4, []class{cDigit}, 4)
	d.add(2, []class{cE}, 5)
	d.add(4, []class{cE}, 5)
	d.add(5, []class{cSign}, 6)
	d.add(5, []class{cDigit}, 7)
	d.add(6, []class{cDigit}, 7)
	d.add(7, []class{cDigit}, 7)
	d.add(0, []class{cQuote}, 8)
	d.add(8, all, 8)
	d.add(8, []class{cQuote}, 9)
	d.accept[1] = "IDENT"
	d.accept[2] = "INT"
	d.accept[4] = "FLOAT"
	d.accept[7] = "FLOAT"
	d.accept[9] = "STRING"
	return d
}

// Longest match: run as far as possible, remember the last accepting state.
func (d *DFA) next(s string) (kind string, n int) {
	state, lastAcc, lastKind := 0, -1, ""
	for i := 0; i < len(s); i++ {
		nx, ok := d.trans[[2]int{state, int(classOf(s[i]))}]
		if !ok {
			break
		}
		state = nx
		if k, ok := d.accept[state]; ok {
			lastAcc, lastKind = i+1, k
		}
	}
	return lastKind, lastAcc
}

func (d *DFA) Tokenize(s string) ([]string, error) {
	var out []string
	for len(s) > 0 {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		kind, n := d.next(s)
		if n <= 0 {
			if strings.ContainsRune("+-*/=()", rune(s[0])) {
				out = append(out, "OP("+s[:1]+")")
				s = s[1:]
				continue
			}
			return out, fmt.Errorf("no token at %q", s)
		}
		out = append(out, fmt.Sprintf("%s(%s)", kind, s[:n]))
		s = s[n:]
	}
	return out, nil
}

func main() {
	d := build()
	fmt.Println("states with transitions:", len(d.trans), "accepting:", len(d.accept))
	for _, in := range []string{
		`x1 = 3.25e-2 * rate_2`,
		`e = 10e3 + 7.`,
		`msg = "a b.c" + 42`,
		`n = 1.5.6`,
		`bad = "open`,
		`z = 3 $ 4`,
	} {
		toks, err := d.Tokenize(in)
		fmt.Printf("%-24s %s\n", in, strings.Join(toks, " "))
		if err != nil {
			fmt.Println("   error:", err)
		}
	}
	keys := make([][2]int, 0)
	for k := range d.trans {
		if k[0] == 2 || k[0] == 5 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Printf("%v -> %d  ", k, d.trans[k])
	}
	fmt.Println()
}
