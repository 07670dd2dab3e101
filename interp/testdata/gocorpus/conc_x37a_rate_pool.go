package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type Job struct {
	ID   int
	URL  string
	Size int
}

type Result struct {
	Job
	Chunks int
	Err    error
}

var ErrForbidden = errors.New("forbidden")

func process(j Job) (chunks int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job %d panicked: %v", j.ID, r)
		}
	}()
	if strings.Contains(j.URL, "/admin") {
		return 0, fmt.Errorf("%s: %w", j.URL, ErrForbidden)
	}
	per := 1000 / (j.Size % 7)
	return (j.Size + per - 1) / per, nil
}

const manifest = `https://cdn.example/a.bin 4200
https://cdn.example/b.bin 350
https://cdn.example/admin/c.bin 10
https://cdn.example/d.bin 700
https://cdn.example/e.bin 9000
https://cdn.example/f.bin 128
https://cdn.example/g.bin 77`

func main() {
	var jobs []Job
	for i, line := range strings.Split(manifest, "\n") {
		var j Job
		fmt.Sscanf(line, "%s %d", &j.URL, &j.Size)
		j.ID = i + 1
		jobs = append(jobs, j)
	}

	results := make([]Result, len(jobs))
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	maxConcurrent, running := 0, 0
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			running++
			maxConcurrent = max(maxConcurrent, running)
			mu.Unlock()
			c, err := process(j)
			results[i] = Result{j, c, err}
			mu.Lock()
			running--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("max concurrent <= 2:", maxConcurrent <= 2)

	var failed []error
	totalChunks := 0
	for _, r := range results {
		status := "ok"
		if r.Err != nil {
			status = "FAIL"
			failed = append(failed, r.Err)
		}
		name := r.URL[strings.LastIndex(r.URL, "/")+1:]
		fmt.Printf("#%d %-6s %5d bytes %3d chunks %s\n", r.ID, name, r.Size, r.Chunks, status)
		totalChunks += r.Chunks
	}
	fmt.Println("total chunks:", totalChunks)
	err := errors.Join(failed...)
	fmt.Printf("errors:\n%v\n", err)
	fmt.Println("forbidden?", errors.Is(err, ErrForbidden))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once, i =", i) })
	}
}
