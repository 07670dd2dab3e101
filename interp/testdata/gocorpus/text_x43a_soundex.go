package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Sorted(less func(a, b T) bool) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

var codes = map[rune]byte{}

func init() {
	for digit, letters := range []string{"", "BFPV", "CGJKQSXZ", "DT", "L", "MN", "R"} {
		for _, r := range letters {
			codes[r] = byte('0' + digit)
		}
	}
}

func soundex(name string) string {
	name = strings.ToUpper(name)
	var out []byte
	var last byte
	for i, r := range name {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			continue
		}
		c := codes[r]
		if len(out) == 0 {
			out = append(out, byte(r))
			last = c
			continue
		}
		_ = i
		if c != 0 && c != last {
			out = append(out, c)
		}
		if r != 'H' && r != 'W' {
			last = c
		}
		if len(out) == 4 {
			break
		}
	}
	for len(out) < 4 && len(out) > 0 {
		out = append(out, '0')
	}
	return string(out)
}

func main() {
	names := []string{"Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister", "Honeyman",
		"Smith", "Smyth", "Schmidt", "O'Brien", "Lee", "Li"}
	groups := map[string]Set[string]{}
	for _, n := range names {
		code := soundex(n)
		if groups[code] == nil {
			groups[code] = Set[string]{}
		}
		groups[code].Add(n)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		members := groups[k].Sorted(func(a, b string) bool { return a < b })
		fmt.Printf("%s  %d  %s\n", k, groups[k].Len(), strings.Join(members, ", "))
	}
	fmt.Println(groups["R163"].Has("Robert"), groups["R163"].Has("Rubin"))
	fmt.Printf("%q %q\n", soundex(""), soundex("Ñandú"))
}
