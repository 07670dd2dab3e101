package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const metrics = `cpu host=a 0.51
cpu host=b 0.73
mem host=a 2048
cpu host=c 0.12
mem host=b 4096
disk host=a 77
cpu host=a 0.66
mem host=c 1024
disk host=b 12
cpu host=b 0.70
disk host=c bad
mem host=a 3072`

type sample struct {
	metric, host string
	value        float64
}

type result struct {
	idx int
	s   sample
	err error
}

func parse(line string) (sample, error) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return sample{}, fmt.Errorf("want 3 fields, got %d", len(f))
	}
	host, ok := strings.CutPrefix(f[1], "host=")
	if !ok {
		return sample{}, fmt.Errorf("bad tag %q", f[1])
	}
	v, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return sample{}, err
	}
	return sample{f[0], host, v}, nil
}

func main() {
	lines := strings.Split(metrics, "\n")
	jobs := make(chan int)
	results := make(chan result, len(lines))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				s, err := parse(lines[i])
				results <- result{i, s, err}
			}
		}()
	}
	go func() {
		for i := range lines {
			jobs <- i
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
	sort.Slice(all, func(i, j int) bool { return all[i].idx < all[j].idx })

	type agg struct {
		n             int
		sum, min, max float64
	}
	var mu sync.Mutex
	stats := map[string]*agg{}
	var wg2 sync.WaitGroup
	for _, r := range all {
		if r.err != nil {
			fmt.Printf("line %d: %v\n", r.idx+1, r.err)
			continue
		}
		wg2.Add(1)
		go func(s sample) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			a, ok := stats[s.metric]
			if !ok {
				a = &agg{min: s.value, max: s.value}
				stats[s.metric] = a
			}
			a.n++
			a.sum += s.value
			a.min = min(a.min, s.value)
			a.max = max(a.max, s.value)
		}(r.s)
	}
	wg2.Wait()
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := stats[k]
		fmt.Printf("%-5s n=%d mean=%9.3f min=%8.2f max=%8.2f\n", k, a.n, a.sum/float64(a.n), a.min, a.max)
	}
}
