package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type KV struct {
	Key   string
	Count int
}

func mapper(doc string) map[string]int {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(doc), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	return counts
}

func reducer(partials []map[string]int) map[string]int {
	total := map[string]int{}
	for _, p := range partials {
		for k, v := range p {
			total[k] += v
		}
	}
	return total
}

func main() {
	docs := []string{
		"A process is a program in execution.",
		"A thread is the unit of execution within a process.",
		"Threads of a process share memory; processes do not!",
		"Deadlock: a set of processes each waiting for another.",
	}
	partials := make([]map[string]int, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			partials[i] = mapper(d)
		}()
	}
	wg.Wait()
	total := reducer(partials)
	var kvs []KV
	for _, k := range slices.Sorted(maps.Keys(total)) {
		kvs = append(kvs, KV{k, total[k]})
	}
	slices.SortStableFunc(kvs, func(a, b KV) int { return b.Count - a.Count })
	for _, kv := range kvs[:6] {
		fmt.Printf("%-10s %d\n", kv.Key, kv.Count)
	}
	fmt.Println("distinct:", len(total))
	fmt.Println(partials[0])
}
