package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age
of wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

type wordCount struct {
	word  string
	count int
}

func main() {
	freq := make(map[string]int)
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(len(words), len(freq))

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
		fmt.Printf("%-8s %d\n", x.word, x.count)
	}

	byLen := map[int][]string{}
	for _, k := range slices.Sorted(maps.Keys(freq)) {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	fmt.Println(byLen)

	if v, ok := freq["zebra"]; !ok {
		fmt.Println("no zebra", v)
	}
	delete(freq, "it")
	delete(freq, "nothing")
	fmt.Println(freq["it"], len(freq))

	type key struct{ a, b string }
	bigrams := map[key]int{}
	for i := 0; i+1 < len(words); i++ {
		bigrams[key{words[i], words[i+1]}]++
	}
	fmt.Println(bigrams[key{"it", "was"}], bigrams[key{"was", "the"}])

	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	fmt.Println(m)
	clone := maps.Clone(freq)
	clone["extra"] = 1
	fmt.Println(len(freq), len(clone), maps.Equal(freq, clone))
	maps.DeleteFunc(clone, func(k string, v int) bool { return v < 3 })
	fmt.Println(clone)
	nested := map[string]map[string]bool{}
	for _, p := range [][2]string{{"x", "y"}, {"x", "z"}, {"w", "y"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]bool{}
		}
		nested[p[0]][p[1]] = true
	}
	fmt.Println(nested)
}
