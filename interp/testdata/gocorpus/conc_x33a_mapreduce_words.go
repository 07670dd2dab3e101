package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type counts map[string]int

func mapper(chunk string) counts {
	c := counts{}
	words := strings.FieldsFunc(strings.ToLower(chunk), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	for _, w := range words {
		c[w]++
	}
	return c
}

func reducer(parts <-chan counts) counts {
	total := counts{}
	for p := range parts {
		for w, n := range p {
			total[w] += n
		}
	}
	return total
}

func main() {
	text := []string{
		"It was the best of times, it was the worst of times,",
		"it was the age of wisdom, it was the age of foolishness,",
		"it was the epoch of belief, it was the epoch of incredulity,",
		"it was the season of Light, it was the season of Darkness,",
	}

	parts := make(chan counts)
	var wg sync.WaitGroup
	for _, line := range text {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			parts <- mapper(s)
		}(line)
	}
	go func() {
		wg.Wait()
		close(parts)
	}()

	total := reducer(parts)
	keys := slices.Collect(maps.Keys(total))
	slices.SortFunc(keys, func(a, b string) int {
		if total[a] != total[b] {
			return total[b] - total[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:8] {
		fmt.Printf("%-8s %2d %s\n", k, total[k], strings.Repeat("*", total[k]))
	}
	fmt.Println("distinct:", len(keys))
	fmt.Println(mapper("Don't panic, don't!"))
}
