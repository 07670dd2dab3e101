package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

func isPalindrome(s string) bool {
	var cleaned []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cleaned = append(cleaned, r)
		}
	}
	for i, j := 0, len(cleaned)-1; i < j; i, j = i+1, j-1 {
		if cleaned[i] != cleaned[j] {
			return false
		}
	}
	return true
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + strings.ToLower(w[size:])
	}
	return strings.Join(words, " ")
}

func countVowels(s string) (v, c int) {
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune("aeiou", r):
			v++
		case unicode.IsLetter(r):
			c++
		}
	}
	return
}

func rot13(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}, s)
}

func main() {
	for _, s := range []string{"asdf", "Hello, 世界", "", "résumé"} {
		fmt.Printf("%q -> %q (bytes %d, runes %d)\n", s, reverse(s), len(s), utf8.RuneCountInString(s))
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "Go lang", "Was it a car or a cat I saw?"} {
		fmt.Printf("%-32s %t\n", s, isPalindrome(s))
	}
	fmt.Println(titleCase("the QUICK brown fOX"))
	v, c := countVowels("Rosetta Code is a programming chrestomathy site")
	fmt.Println("vowels:", v, "consonants:", c)
	fmt.Println(rot13("Hello, World!"), rot13(rot13("Hello, World!")))

	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.ToUpper(s))
	fmt.Println(strings.Count(s, "o"), strings.Index(s, "fox"), strings.LastIndex(s, "o"))
	fmt.Println(strings.Replace(s, "o", "0", 2))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Repeat("ha", 3), strings.TrimFunc("123abc456", unicode.IsDigit))
	letters := map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			letters[r] = true
		}
	}
	fmt.Println("pangram:", len(letters) == 26)
	fmt.Printf("%x % x %U\n", "Go", "世", '世')
	fmt.Printf("%c %d %v\n", 'A'+2, 'a', []byte("hi"))
	fmt.Println(strings.Title("old style"), strings.Fields("  spaced   out  "))
}
