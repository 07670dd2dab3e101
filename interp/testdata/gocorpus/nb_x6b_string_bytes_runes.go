// Exercises: student tokenizer bugs with bytes vs runes: len of accented words, indexing bytes, reversing by bytes
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func charCounts(words []string) map[string][2]int {
	out := map[string][2]int{}
	for _, w := range words {
		out[w] = [2]int{len(w), utf8.RuneCountInString(w)}
	}
	return out
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := strings.Fields("naïve café cat")
	fmt.Println(charCounts(words))
	w := words[0]
	fmt.Println(w[2], string(w[2]), w[:3], []byte(w[:3]))
	for i, r := range "aï" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q %q\n", reverseBytes("café"), reverseRunes("café"))
	fmt.Println(strings.ToUpper(w), strings.Count(w, ""), utf8.ValidString(reverseBytes("é")))
	fmt.Printf("%c %U %d\n", 'ï', 'ï', 'a'+1)
}
