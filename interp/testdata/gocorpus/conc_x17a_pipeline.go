package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

const text = `the quick brown fox jumps over the lazy dog
a journey of a thousand miles begins with a single step
to be or not to be that is the question
all that glitters is not gold
the early bird catches the worm`

type result struct {
	line  int
	words int
	freq  map[string]int
}

func worker(id int, jobs <-chan [2]any, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		n := j[0].(int)
		line := j[1].(string)
		f := map[string]int{}
		ws := strings.Fields(line)
		for _, w := range ws {
			f[w]++
		}
		out <- result{n, len(ws), f}
	}
}

func main() {
	lines := strings.Split(text, "\n")
	jobs := make(chan [2]any)
	out := make(chan result, len(lines))
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, jobs, out, &wg)
	}
	go func() {
		for i, l := range lines {
			jobs <- [2]any{i, l}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()

	results := make([]result, len(lines))
	total := map[string]int{}
	var mu sync.Mutex
	for r := range out {
		results[r.line] = r
		mu.Lock()
		for w, c := range r.freq {
			total[w] += c
		}
		mu.Unlock()
	}
	for _, r := range results {
		fmt.Printf("line %d: %d words, %v\n", r.line, r.words, r.freq)
	}
	type wc struct {
		w string
		c int
	}
	var wcs []wc
	for w, c := range total {
		wcs = append(wcs, wc{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].c != wcs[j].c {
			return wcs[i].c > wcs[j].c
		}
		return wcs[i].w < wcs[j].w
	})
	for _, x := range wcs[:6] {
		fmt.Println(x.w, x.c)
	}
	var once sync.Once
	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			once.Do(func() { fmt.Println("init once") })
			done <- i * i
		}()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println("sum of squares", sum)
}
