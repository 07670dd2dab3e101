package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	id    string
	gc    float64
	len   int
	worst string
}

func analyze(id, seq string) result {
	gc := strings.Count(seq, "G") + strings.Count(seq, "C")
	r := result{id: id, len: len(seq)}
	if len(seq) > 0 {
		r.gc = float64(gc) / float64(len(seq))
	}
	longest, cur := 0, 1
	for i := 1; i < len(seq); i++ {
		if seq[i] == seq[i-1] {
			cur++
		} else {
			cur = 1
		}
		if cur > longest {
			longest = cur
			r.worst = seq[i-cur+1 : i+1]
		}
	}
	return r
}

func main() {
	seqs := map[string]string{
		"chr1": "ACGGGGGTACCA",
		"chr2": "TTTTATATATAAAA",
		"chr3": "GCGCGCGCCCCG",
		"chr4": "ATGC",
		"chrM": "AACCGGTTAACCGGTT",
	}
	jobs := make(chan [2]string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- analyze(j[0], j[1])
			}
		}()
	}
	go func() {
		ids := make([]string, 0, len(seqs))
		for id := range seqs {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			jobs <- [2]string{id, seqs[id]}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	fmt.Printf("%-5s|%4s|%6s|%s\n", "id", "len", "GC", "longest homopolymer")
	var mu sync.Mutex
	total := 0
	for _, r := range all {
		fmt.Printf("%-5s|%4d|%6.3f|%s\n", r.id, r.len, r.gc, r.worst)
		mu.Lock()
		total += r.len
		mu.Unlock()
	}
	fmt.Println("total bases:", total)
	fmt.Printf("%+v\n", all[0])
}
