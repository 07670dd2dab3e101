// Exercises: run-length encoding and decoding of strings with strconv and strings.Builder.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	var b strings.Builder
	r := []rune(s)
	for i := 0; i < len(r); {
		j := i
		for j < len(r) && r[j] == r[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(r[i])
		i = j
	}
	return b.String()
}

func decode(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "", "ééé☺"} {
		e := encode(s)
		d := decode(e)
		fmt.Printf("%q -> %q roundtrip=%v\n", s, e, d == s)
	}
}
