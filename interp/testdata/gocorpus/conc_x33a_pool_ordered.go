package main

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"
)

type job struct {
	seq  int
	text string
}

type digest struct {
	seq  int
	text string
	hash string
}

func hashWorker(jobs <-chan job, out chan<- digest, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum := sha256.Sum256([]byte(j.text))
		out <- digest{j.seq, j.text, fmt.Sprintf("%x", sum[:4])}
	}
}

// reorder emits results in sequence order even though they arrive out of order.
func reorder(in <-chan digest) <-chan digest {
	out := make(chan digest)
	go func() {
		defer close(out)
		pending := map[int]digest{}
		next := 0
		for d := range in {
			pending[d.seq] = d
			for {
				p, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				out <- p
				next++
			}
		}
	}()
	return out
}

func main() {
	lines := strings.Split(strings.TrimSpace(`
go
concurrency
is not
parallelism
share memory
by communicating
do not communicate
by sharing memory`), "\n")

	jobs := make(chan job)
	results := make(chan digest)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go hashWorker(jobs, results, &wg)
	}
	go func() {
		for i, l := range lines {
			jobs <- job{i, l}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	for d := range reorder(results) {
		fmt.Printf("%2d %-20s %s\n", d.seq, d.text, d.hash)
	}
}
