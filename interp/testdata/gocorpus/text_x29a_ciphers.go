package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func vigenere(text, key string, decrypt bool) string {
	out := []byte(text)
	k := 0
	for i := 0; i < len(out); i++ {
		c := out[i]
		if !unicode.IsLetter(rune(c)) {
			continue
		}
		shift := key[k%len(key)] - 'a'
		if decrypt {
			shift = 26 - shift
		}
		base := byte('a')
		if unicode.IsUpper(rune(c)) {
			base = 'A'
		}
		out[i] = base + (c-base+shift)%26
		k++
	}
	return string(out)
}

func rle(s string) string {
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

func isAnagram(a, b string) bool {
	counts := [26]int{}
	for _, r := range strings.ToLower(a) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	for _, r := range strings.ToLower(b) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']--
		}
	}
	return counts == [26]int{}
}

func letterHistogram(s string) map[rune]int {
	h := map[rune]int{}
	for _, r := range s {
		if unicode.IsLetter(r) {
			h[unicode.ToLower(r)]++
		}
	}
	return h
}

func main() {
	msg := "Hello, World! Go is fun."
	enc := caesar(msg, 3)
	fmt.Println(enc)
	fmt.Println(caesar(enc, -3))
	fmt.Println(caesar("xyz XYZ", 29))

	v := vigenere("Attack at Dawn", "lemon", false)
	fmt.Println(v, "->", vigenere(v, "lemon", true))

	fmt.Println(rle("aaabccddddde"), rle("héééllo"))
	pairs := [][2]string{{"listen", "silent"}, {"Dormitory", "dirty room"}, {"abc", "abd"}}
	for _, p := range pairs {
		fmt.Printf("%q ~ %q: %v\n", p[0], p[1], isAnagram(p[0], p[1]))
	}
	fmt.Println(letterHistogram("Mississippi"))

	s := "naïve café"
	fmt.Println(len(s), len([]rune(s)), strings.ToUpper(s))
	for i, r := range "añb" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("% x | %q | %+q\n", "añ", []byte("hi"), "añ")

	scanner := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour five six"))
	line := 0
	for scanner.Scan() {
		line++
		words := strings.Fields(scanner.Text())
		fmt.Printf("line %d has %d words: %v\n", line, len(words), words)
	}
	r := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(r.Replace("leet speak is cool"))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
}
