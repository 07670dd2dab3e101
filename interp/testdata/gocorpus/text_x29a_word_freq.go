package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type wordCount struct {
	word  string
	count int
}

func normalize(s string) []string {
	f := func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}
	words := strings.FieldsFunc(s, f)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

func countWords(words []string) map[string]int {
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func topN(counts map[string]int, n int) []wordCount {
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count == list[j].count {
			return list[i].word < list[j].word
		}
		return list[i].count > list[j].count
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func main() {
	words := normalize(text)
	fmt.Println("total words:", len(words))
	counts := countWords(words)
	fmt.Println("unique words:", len(counts))
	for _, wc := range topN(counts, 6) {
		bar := strings.Repeat("*", wc.count)
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, bar)
	}

	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Printf("longest word: %q (%d letters)\n", longest, len(longest))

	vowels := 0
	for _, r := range text {
		if strings.ContainsRune("aeiouAEIOU", r) {
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)

	for _, p := range []string{"A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?", ""} {
		fmt.Printf("%-32q palindrome? %t\n", p, isPalindrome(p))
	}
	fmt.Println(capitalize("the quick brown fox jumps"))
	fmt.Println(strings.Title("deprecated but still used"))

	var sb strings.Builder
	for i, line := range strings.Split(text, "\n") {
		fmt.Fprintf(&sb, "%d: %d chars\n", i+1, len(line))
	}
	fmt.Print(sb.String())
}
