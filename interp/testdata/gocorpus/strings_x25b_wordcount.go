package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

type wc struct {
	word  string
	count int
}

func topN(text string, n int) []wc {
	f := func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' }
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), f) {
		counts[w]++
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

const poem = `The fog comes
on little cat feet.
It sits looking
over harbor and city
on silent haunches
and then moves on.
The cat's fog, the city's fog.`

func main() {
	fmt.Println(WordCount("I am learning Go! Go is fun, I am sure."))
	for _, e := range topN(poem, 5) {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	sc := bufio.NewScanner(strings.NewReader(poem))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		fmt.Printf("%2d %3d %q\n", line, len(t), strings.Title(strings.ToLower(t))[:min(8, len(t))])
	}
	ws := bufio.NewScanner(strings.NewReader("alpha  beta\tgamma\n\ndelta"))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(len(words), words)
	upper, digits, spaces := 0, 0, 0
	for _, r := range "Hello World 2024, Ünïcode ÅÄÖ 42" {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(upper, digits, spaces)
	r := strings.NewReplacer("fog", "mist", "cat", "dog")
	fmt.Println(r.Replace("fog cat catfog"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"))
}
