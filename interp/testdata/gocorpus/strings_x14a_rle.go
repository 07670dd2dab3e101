package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

func Decode(s string) string {
	var b strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		b.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	return b.String()
}

func main() {
	tests := []string{
		"",
		"XYZ",
		"AABBBCCCC",
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"  hsqq qww  ",
		"aabbbcccc",
		"⏰⏰⏰⚽⚽⭐⭐⭐⭐",
	}
	for _, t := range tests {
		e := Encode(t)
		d := Decode(e)
		fmt.Printf("%q -> %q -> ok=%t\n", t, e, d == t)
	}
	fmt.Println(Decode("12WB12W3B24WB"))
	fmt.Println(len(Encode(strings.Repeat("ab", 5))), Encode(strings.Repeat("a", 123)))
}
