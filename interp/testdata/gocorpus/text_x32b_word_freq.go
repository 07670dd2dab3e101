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

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func main() {
	words := tokenize(text)
	fmt.Println("words:", len(words))

	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	var wc []wordCount
	for w, c := range freq {
		wc = append(wc, wordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].count != wc[j].count {
			return wc[i].count > wc[j].count
		}
		return wc[i].word < wc[j].word
	})
	for _, x := range wc[:6] {
		fmt.Printf("%-8s %2d %s\n", x.word, x.count, strings.Repeat("#", x.count))
	}

	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := make([]int, 0, len(byLen))
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, l := range lens[:3] {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, ws)
	}

	var sb strings.Builder
	for i, line := range strings.Split(text, "\n") {
		fmt.Fprintf(&sb, "%02d| %s\n", i+1, strings.TrimSuffix(line, ","))
	}
	fmt.Print(sb.String())

	title := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "it's the best, isn't it?")
	fmt.Println(title)

	fmt.Println(strings.Count(text, "it was"), strings.Index(text, "worst"), strings.LastIndex(text, "season"))
	fmt.Println(strings.Title("hello world"), strings.EqualFold("Go", "GO"))
	r := strings.NewReplacer("best", "BEST", "worst", "WORST")
	fmt.Println(r.Replace("the best and the worst"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", strings.SplitN("a:b:c:d", ":", 2))
	fmt.Println(strings.HasPrefix(text, "It"), strings.ContainsAny(text, "xyz"), strings.TrimLeft("xxhixx", "x"), strings.TrimFunc("123abc456", unicode.IsDigit))
	rev := []rune("héllo, 世界")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev), len("héllo, 世界"), len(rev))
	fmt.Printf("%q\n", strings.Fields("  spaced   out\ttext\n"))
}
