package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func shiftRune(r rune, k int) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case 'A' <= r && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	k %= 26
	return strings.Map(func(r rune) rune { return shiftRune(r, k) }, s)
}

func freq(s string) map[rune]float64 {
	counts := map[rune]int{}
	total := 0
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			counts[r]++
			total++
		}
	}
	out := map[rune]float64{}
	for r, c := range counts {
		out[r] = float64(c) / float64(total)
	}
	return out
}

var english = map[rune]float64{'e': .127, 't': .091, 'a': .082, 'o': .075, 'i': .070, 'n': .067, 's': .063, 'h': .061, 'r': .060}

func crack(cipher string) (int, string) {
	bestK, bestScore := 0, -1.0
	for k := 0; k < 26; k++ {
		f := freq(caesar(cipher, -k))
		score := 0.0
		for r, p := range english {
			score += p * f[r]
		}
		if score > bestScore {
			bestK, bestScore = k, score
		}
	}
	return bestK, caesar(cipher, -bestK)
}

func main() {
	msg := "The rain in Spain stays mainly in the plain, there is no other reason to it."
	enc := caesar(msg, 13)
	fmt.Println(enc)
	fmt.Println(caesar(enc, 13) == msg)
	k, dec := crack(caesar(msg, 7))
	fmt.Println("key", k, ":", dec)

	f := freq(msg)
	letters := make([]rune, 0, len(f))
	for r := range f {
		letters = append(letters, r)
	}
	sort.Slice(letters, func(i, j int) bool {
		if f[letters[i]] != f[letters[j]] {
			return f[letters[i]] > f[letters[j]]
		}
		return letters[i] < letters[j]
	})
	for _, r := range letters[:6] {
		fmt.Printf("%c %.3f\n", r, f[r])
	}
	vowels := 0
	for _, r := range msg {
		if strings.ContainsRune("aeiouAEIOU", r) {
			vowels++
		}
	}
	fmt.Printf("vowels=%d words=%d\n", vowels, len(strings.Fields(msg)))
	fmt.Println(caesar("xyz ABC", 3), caesar("abc", -29))
}
