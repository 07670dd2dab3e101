// Exercises: len versus rune count; building strings from runes; reversing by runes not bytes
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	for _, w := range []string{"go", "héllo", "日本語", ""} {
		fmt.Println(w, "bytes:", len(w), "runes:", utf8.RuneCountInString(w), "reversed:", reverse(w))
	}
	var sb strings.Builder
	for r := 'a'; r < 'a'+5; r++ {
		sb.WriteRune(r)
	}
	sb.WriteRune('ß')
	fmt.Println("built:", sb.String(), sb.Len())
	fmt.Println("upper of ß:", strings.ToUpper("ß"), strings.ToUpper("straße"))
	fmt.Println("index of rune:", strings.IndexRune("chicken", 'k'), strings.Index("日本語", "語"))
	fmt.Println("byte vs rune types:", fmt.Sprintf("%T %T", "x"[0], []rune("x")[0]))
}
