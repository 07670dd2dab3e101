package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPalindrome(s string) bool {
	r := []rune(normalize(s))
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func signature(w string) string {
	r := []rune(normalize(w))
	slices.Sort(r)
	return string(r)
}

func longestPalSubstring(s string) string {
	best := ""
	expand := func(l, r int) {
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > len(best) {
			best = s[l+1 : r]
		}
	}
	for i := range s {
		expand(i, i)
		expand(i, i+1)
	}
	return best
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	slices.Reverse(w)
	return strings.Join(w, " ")
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "été", ""} {
		fmt.Printf("%-32q palindrome=%v\n", s, isPalindrome(s))
	}
	words := strings.Fields("listen silent enlist google inlets banana tinsel elgoog stone tones notes onset Astronomer moonstarer")
	groups := map[string][]string{}
	for _, w := range words {
		k := signature(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k, g := range groups {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-10s %v\n", k, groups[k])
	}
	fmt.Println(longestPalSubstring("forgeeksskeegfor"), longestPalSubstring("abacdfgdcaba"))
	fmt.Println(reverseWords("  the sky   is blue "))
	fmt.Println(strings.Title("deprecated but common"), strings.EqualFold("Straße", "STRASSE"))
	r := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(r.Replace("leet speak for everyone"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "no spaces here"))
}
