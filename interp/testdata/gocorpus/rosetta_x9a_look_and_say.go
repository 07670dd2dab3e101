// Exercises: look-and-say sequence with strings.Builder and strconv, run-length encoding and decoding
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func lookAndSay(s string) string {
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

func rle(s string) string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		out = append(out, fmt.Sprintf("%d%c", j-i, rs[i]))
		i = j
	}
	return strings.Join(out, "")
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func main() {
	s := "1"
	for i := 0; i < 10; i++ {
		fmt.Println(s)
		s = lookAndSay(s)
	}
	fmt.Println(len(s))
	in := "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWWééé"
	enc := rle(in)
	fmt.Println(enc, unrle(enc) == in)
}
