package main

import (
	"fmt"
	"slices"
	"strings"
)

func prefixTable[T comparable](pat []T) []int {
	t := make([]int, len(pat))
	k := 0
	for i := 1; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = t[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func FindAll[T comparable](text, pat []T) []int {
	if len(pat) == 0 {
		return nil
	}
	t := prefixTable(pat)
	var out []int
	k := 0
	for i, x := range text {
		for k > 0 && x != pat[k] {
			k = t[k-1]
		}
		if x == pat[k] {
			k++
		}
		if k == len(pat) {
			out = append(out, i-len(pat)+1)
			k = t[k-1]
		}
	}
	return out
}

func naive(s, sub string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + 1
	}
}

func highlight(s, sub string) string {
	idx := FindAll([]byte(s), []byte(sub))
	var sb strings.Builder
	last := 0
	for _, i := range idx {
		if i < last {
			continue
		}
		sb.WriteString(s[last:i])
		sb.WriteString("[" + s[i:i+len(sub)] + "]")
		last = i + len(sub)
	}
	sb.WriteString(s[last:])
	return sb.String()
}

func main() {
	text := "abracadabra abracadabra"
	for _, p := range []string{"abra", "a", "cad", "zzz", "aa"} {
		k := FindAll([]rune(text), []rune(p))
		n := naive(text, p)
		fmt.Printf("%-4s %v agree=%v count=%d\n", p, k, slices.Equal(k, n), strings.Count(text, p))
	}
	fmt.Println(prefixTable([]byte("aabaaab")))
	fmt.Println(highlight("the cat sat on the cat mat", "cat"))
	fmt.Println(highlight("aaaa", "aa"))
	nums := []int{1, 2, 1, 2, 1, 2, 3, 1, 2}
	fmt.Println(FindAll(nums, []int{1, 2, 1}), FindAll(nums, []int{}))
	words := strings.Fields("to be or not to be that is to be")
	fmt.Println(FindAll(words, []string{"to", "be"}))

	fmt.Println(strings.Index("chicken", "ken"), strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsFunc("x1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.HasSuffix("main.go", ".go"), strings.Compare("a", "b"), strings.Repeat("ab", 3))
	idx := slices.IndexFunc(words, func(w string) bool { return len(w) > 3 })
	fmt.Println(idx, words[idx], slices.Index(words, "is"), slices.Contains(words, "not"))
	sorted := slices.Clone(words)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	pos, found := slices.BinarySearch(sorted, "or")
	fmt.Println(sorted, pos, found)
}
