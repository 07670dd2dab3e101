package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var docs = []string{
	"go is fun and go is fast",
	"rust is fast and safe",
	"python is fun",
	"go channels are fun to use",
}

type kv struct {
	k string
	v int
}

func mapper(doc string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(doc) {
		m[w]++
	}
	return m
}

func main() {
	partials := make([]map[string]int, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func(i int, d string) {
			defer wg.Done()
			partials[i] = mapper(d)
		}(i, d)
	}
	wg.Wait()
	shards := make([]chan kv, 3)
	for i := range shards {
		shards[i] = make(chan kv, 64)
	}
	for _, p := range partials {
		for k, v := range p {
			shards[len(k)%3] <- kv{k, v}
		}
	}
	results := make([]map[string]int, 3)
	var rw sync.WaitGroup
	for i, ch := range shards {
		close(ch)
		rw.Add(1)
		go func() {
			defer rw.Done()
			acc := map[string]int{}
			for p := range ch {
				acc[p.k] += p.v
			}
			results[i] = acc
		}()
	}
	rw.Wait()
	var all []kv
	for _, r := range results {
		for k, v := range r {
			all = append(all, kv{k, v})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k
	})
	fmt.Println(all[:6])
	fmt.Println(results[0], len(results[1]), len(results[2]))
}
