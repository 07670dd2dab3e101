package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type FreqMap map[rune]int

func Frequency(text string) FreqMap {
	m := FreqMap{}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			m[r]++
		}
	}
	return m
}

func ConcurrentFrequency(texts []string) FreqMap {
	ch := make(chan FreqMap, len(texts))
	var wg sync.WaitGroup
	for _, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- Frequency(t)
		}()
	}
	go func() { wg.Wait(); close(ch) }()
	total := FreqMap{}
	for m := range ch {
		for r, n := range m {
			total[r] += n
		}
	}
	return total
}

func top(m FreqMap, n int) []string {
	type kv struct {
		r rune
		n int
	}
	var all []kv
	for r, c := range m {
		all = append(all, kv{r, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].r < all[j].r
	})
	out := []string{}
	for _, e := range all[:min(n, len(all))] {
		out = append(out, fmt.Sprintf("%c=%d", e.r, e.n))
	}
	return out
}

func main() {
	texts := []string{
		"Freude schöner Götterfunken, Tochter aus Elysium,",
		"Wir betreten feuertrunken, Himmlische, dein Heiligtum!",
		"O say can you see by the dawn's early light,",
		"What so proudly we hailed at the twilight's last gleaming,",
		"Wilhelmus van Nassouwe ben ik, van Duitsen bloed",
	}
	seq := FreqMap{}
	for _, t := range texts {
		for r, n := range Frequency(t) {
			seq[r] += n
		}
	}
	par := ConcurrentFrequency(texts)
	equal := len(seq) == len(par)
	for r, n := range seq {
		if par[r] != n {
			equal = false
		}
	}
	fmt.Println("equal:", equal, "distinct:", len(par))
	fmt.Println(top(par, 8))
	fmt.Println(par['ö'], par['z'], par['e'])
	fmt.Println(Frequency("AaBb!! 12"))
	results := make([]int, 10)
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = len(Frequency(strings.Repeat("ab", i)))
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(results, sum)
}
