package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPalindrome(s string) bool {
	rs := normalize(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverse(s string) string {
	rs := []rune(s)
	slices.Reverse(rs)
	return string(rs)
}

func anagramKey(s string) string {
	rs := normalize(s)
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func longestPalSub(s string) string {
	best := ""
	for c := 0; c < len(s); c++ {
		for _, w := range [2]int{0, 1} {
			l, r := c, c+w
			for l >= 0 && r < len(s) && s[l] == s[r] {
				l--
				r++
			}
			if r-l-1 > len(best) {
				best = s[l+1 : r]
			}
		}
	}
	return best
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "Ésé"} {
		fmt.Printf("%-32q %v\n", s, isPalindrome(s))
	}
	fmt.Println(reverse("Hello, 世界!"))
	groups := map[string][]string{}
	for _, w := range strings.Fields("listen silent enlist google tinsel banana inlets gogole") {
		k := anagramKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0)
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
	fmt.Println(longestPalSub("forgeeksskeegfor"), longestPalSub("abacdfgdcaba"))
	r := strings.NewReplacer("a", "4", "e", "3", "o", "0")
	fmt.Println(r.Replace("hello gopher team"))
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.SplitN("a:b:c:d", ":", 2), strings.Fields("  lots   of   space "))
}
