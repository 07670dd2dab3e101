// Exercises: run-length coding in one pass with a previous-rune state, decoding with a regexp (\d*)(\D) and FindAllStringSubmatch, strconv.Atoi with defaults, byte vs rune lengths.
package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func encode(s string) string {
	var b strings.Builder
	var prev rune
	n := 0
	emit := func() {
		if n > 1 {
			fmt.Fprint(&b, n)
		}
		if n > 0 {
			b.WriteRune(prev)
		}
	}
	for _, r := range s {
		if r == prev {
			n++
			continue
		}
		emit()
		prev, n = r, 1
	}
	emit()
	return b.String()
}

var runRE = regexp.MustCompile(`(\d*)(\D)`)

func decode(s string) (string, error) {
	var b strings.Builder
	consumed := 0
	for _, m := range runRE.FindAllStringSubmatch(s, -1) {
		n := 1
		if m[1] != "" {
			n, _ = strconv.Atoi(m[1])
		}
		b.WriteString(strings.Repeat(m[2], n))
		consumed += len(m[0])
	}
	if consumed != len(s) {
		return b.String(), fmt.Errorf("rle: trailing %q", s[consumed:])
	}
	return b.String(), nil
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBB", "aabcccdddd", "ééé😀😀x", "", "zz"} {
		e := encode(s)
		d, err := decode(e)
		fmt.Printf("%q -> %q ok=%v err=%v bytes=%d/%d\n", s, e, d == s, err, len(e), len(s))
	}
	d, err := decode("3a4")
	fmt.Printf("%q %v\n", d, err)
}
