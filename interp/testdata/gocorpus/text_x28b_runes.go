package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// len(s) counts bytes, not characters; indexing yields bytes; range yields runes.

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

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func main() {
	s := "héllo, 世界"
	fmt.Println("len:", len(s), "runes:", utf8.RuneCountInString(s))
	fmt.Printf("s[1] = %d %q\n", s[1], s[1])

	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()

	fmt.Printf("bytes reversed valid? %v\n", utf8.ValidString(reverseBytes(s)))
	fmt.Println("runes reversed:", reverseRunes(s))
	fmt.Println("truncate:", truncate(s, 4), truncate("abc", 5))

	// Converting an int to string yields a rune, not digits.
	n := 65
	fmt.Println(string(rune(n)), fmt.Sprint(n))

	// Invalid UTF-8 decodes as RuneError.
	bad := string([]byte{'a', 0xff, 'b'})
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()
	fmt.Printf("%q %+q %x % x\n", s, s, "hi", "hi")

	// strings.Builder for efficient concatenation.
	var sb strings.Builder
	for i := range 5 {
		fmt.Fprintf(&sb, "%d,", i)
	}
	out := strings.TrimSuffix(sb.String(), ",")
	fmt.Println(out, sb.Len())

	// TrimLeft vs TrimPrefix.
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhixx", "x"))
	fmt.Println(strings.TrimRight("abc.go.go", ".go"), strings.TrimSuffix("abc.go.go", ".go"))

	// Counting letters with unicode.
	letters, digits, spaces := 0, 0, 0
	for _, r := range "Go 1.22 ünïcode!" {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(letters, digits, spaces)

	// EqualFold and case mapping.
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))

	// Substring by bytes can split a rune.
	cut := s[:2]
	fmt.Printf("%q valid=%v\n", cut, utf8.ValidString(cut))
	before, after, found := strings.Cut(s, ", ")
	fmt.Println(before, "|", after, "|", found)
}
