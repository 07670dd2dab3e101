package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

const gettysburg = `Four score and seven years ago our fathers brought forth on this
continent, a new nation, conceived in Liberty, and dedicated to the
proposition that all men are created equal.
Now we are engaged in a great civil war, testing whether that nation, or
any nation so conceived and so dedicated, can long endure.`

type wordCount struct {
	word  string
	count int
}

func topWords(text string, n int) []wordCount {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		}))
		if w != "" {
			counts[w]++
		}
	}
	var list []wordCount
	for w, c := range counts {
		list = append(list, wordCount{w, c})
	}
	slices.SortFunc(list, func(a, b wordCount) int {
		return cmp.Or(cmp.Compare(b.count, a.count), strings.Compare(a.word, b.word))
	})
	return list[:min(n, len(list))]
}

func wrap(text string, width int) string {
	var b strings.Builder
	lineLen := 0
	for _, w := range strings.Fields(text) {
		if lineLen > 0 && lineLen+1+len(w) > width {
			b.WriteByte('\n')
			lineLen = 0
		} else if lineLen > 0 {
			b.WriteByte(' ')
			lineLen++
		}
		b.WriteString(w)
		lineLen += len(w)
	}
	return b.String()
}

func main() {
	for i, wc := range topWords(gettysburg, 6) {
		fmt.Printf("%d. %-10s %s (%d)\n", i+1, wc.word, strings.Repeat("#", wc.count), wc.count)
	}

	sc := bufio.NewScanner(strings.NewReader(gettysburg))
	lines, letters := 0, 0
	for sc.Scan() {
		lines++
		for _, r := range sc.Text() {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	fmt.Println("lines:", lines, "letters:", letters)

	fmt.Println(wrap(gettysburg, 32))

	vowels := strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return r
		}
		return -1
	}, "Four score and seven")
	fmt.Printf("%q\n", vowels)
	title := strings.Fields("the gettysburg address")
	for i, w := range title {
		title[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(title, " "))
	fmt.Println(strings.Count(gettysburg, "nation"), strings.LastIndex(gettysburg, "and"))
	before, after, found := strings.Cut("key=value=more", "=")
	fmt.Println(before, after, found)
}
