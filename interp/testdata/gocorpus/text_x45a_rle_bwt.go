package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

var errBadRLE = errors.New("malformed run-length string")

func unrle(s string) (string, error) {
	var b strings.Builder
	n := 0
	seen := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			seen = true
			continue
		}
		if !seen {
			return "", fmt.Errorf("at %q: %w", r, errBadRLE)
		}
		b.WriteString(strings.Repeat(string(r), n))
		n, seen = 0, false
	}
	if seen {
		return "", fmt.Errorf("trailing count %d: %w", n, errBadRLE)
	}
	return b.String(), nil
}

func bwt(s string) string {
	s += "$"
	rots := make([]string, len(s))
	for i := range s {
		rots[i] = s[i:] + s[:i]
	}
	sort.Strings(rots)
	var b strings.Builder
	for _, r := range rots {
		b.WriteByte(r[len(r)-1])
	}
	return b.String()
}

func inverseBWT(l string) string {
	n := len(l)
	table := make([]string, n)
	for range n {
		for i := range table {
			table[i] = string(l[i]) + table[i]
		}
		sort.Strings(table)
	}
	for _, row := range table {
		if strings.HasSuffix(row, "$") {
			return row[:n-1]
		}
	}
	return ""
}

func main() {
	inputs := []string{"BANANA", "GATTACA", "AAAACCCCGGTT", "ACACACAC"}
	fmt.Printf("%-14s %-14s %-16s %s\n", "input", "bwt", "rle(bwt)", "ok")
	for _, in := range inputs {
		t := bwt(in)
		r := rle(t)
		back, err := unrle(r)
		ok := err == nil && inverseBWT(back) == in
		fmt.Printf("%-14s %-14s %-16s %v\n", in, t, r, ok)
	}
	for _, bad := range []string{"3A2", "A3", "12G1C"} {
		out, err := unrle(bad)
		fmt.Printf("%q -> %q err=%v is=%t\n", bad, out, err, errors.Is(err, errBadRLE))
	}
}
