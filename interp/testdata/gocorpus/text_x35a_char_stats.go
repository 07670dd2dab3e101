package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = "Héllo, Wörld! Go is 100% fun. Ça va? Naïve café."

type Stats struct {
	Letters, Digits, Spaces, Punct, Upper int
	Vowels                                map[rune]int
}

func analyze(s string) Stats {
	st := Stats{Vowels: map[rune]int{}}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
			if strings.ContainsRune("aeiouéöïç", unicode.ToLower(r)) {
				st.Vowels[unicode.ToLower(r)]++
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		}
	}
	return st
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text))
	st := analyze(text)
	fmt.Printf("%+v\n", st)

	keys := make([]rune, 0, len(st.Vowels))
	for k := range st.Vowels {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%c:%d ", k, st.Vowels[k])
	}
	fmt.Println()

	fmt.Println(reverse("Héllo"))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, text))
	for i, r := range "aé😀" {
		fmt.Printf("%d:%c(%d bytes) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(strings.Count(text, "a"), strings.Index(text, "Go"), strings.LastIndex(text, "é"))
	fmt.Printf("%q\n", strings.SplitN(text, " ", 3))
	fmt.Println(strings.EqualFold("CAFÉ", "café"))
}
