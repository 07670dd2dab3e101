package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func runLength(s string) string {
	var sb strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, runes[i])
		i = j
	}
	return sb.String()
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func main() {
	fmt.Println(reverse("Hello, 世界!"), reverse(""))
	for _, s := range []string{"A man, a plan, a canal: Panama", "Go gopher", "été"} {
		fmt.Printf("%q palindrome=%t\n", s, isPalindrome(s))
	}
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(runLength("aaabccddddé"), runLength("日日本"))
	fmt.Println(camelToSnake("parseHTTPRequestID"), camelToSnake("Simple"))
	s := "a\xffb"
	fmt.Println(utf8.ValidString(s), []rune(s), len(s))
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	b := []byte("héllo")
	r, size := utf8.DecodeRune(b[1:])
	fmt.Println(string(r), size, utf8.RuneLen('世'), string(rune(65)), string(utf8.AppendRune(nil, 'ü')))
	var sb strings.Builder
	sb.Grow(16)
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%c", 'a'+i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.ContainsAny("hi", "xyz"))
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Println(strings.ToTitle("ǆ"), unicode.IsPunct('!'), unicode.In('ж', unicode.Cyrillic))
}
