package main

import (
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Path string
}

type Result struct {
	Job   Job
	Lines int
	Sum   uint32
	Err   error
}

var ErrEmpty = errors.New("empty file")

var files = map[string]string{
	"README.md":    "# Title\n\nSome text.\n",
	"main.go":      "package main\n\nfunc main() {}\n",
	"empty.txt":    "",
	"go.mod":       "module example.com/x\n\ngo 1.22\n",
	"LICENSE":      strings.Repeat("permission is hereby granted\n", 20),
	"docs/a.txt":   "alpha\nbeta\n",
	"docs/b.txt":   "gamma\n",
	"internal/x.c": "int x;\n",
}

func process(ctx context.Context, j Job) Result {
	select {
	case <-ctx.Done():
		return Result{Job: j, Err: ctx.Err()}
	default:
	}
	content, ok := files[j.Path]
	if !ok {
		return Result{Job: j, Err: fmt.Errorf("open %s: not found", j.Path)}
	}
	if content == "" {
		return Result{Job: j, Err: fmt.Errorf("%s: %w", j.Path, ErrEmpty)}
	}
	return Result{Job: j, Lines: strings.Count(content, "\n"), Sum: crc32.ChecksumIEEE([]byte(content))}
}

func Run(ctx context.Context, workers int, paths []string) ([]Result, int64) {
	jobs := make(chan Job)
	results := make(chan Result, len(paths))
	var processed atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- process(ctx, j)
				processed.Add(1)
			}
		}(w)
	}
	go func() {
		defer close(jobs)
		for i, p := range paths {
			select {
			case jobs <- Job{ID: i, Path: p}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Job.ID < out[b].Job.ID })
	return out, processed.Load()
}

func main() {
	paths := []string{"README.md", "main.go", "empty.txt", "missing.go", "go.mod", "LICENSE", "docs/a.txt", "docs/b.txt", "internal/x.c"}
	results, n := Run(context.Background(), 3, paths)
	fmt.Println("processed:", n)
	total := 0
	var errs []error
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			fmt.Printf("%2d %-14s ERROR %v\n", r.Job.ID, r.Job.Path, r.Err)
			continue
		}
		total += r.Lines
		fmt.Printf("%2d %-14s %3d lines crc=%08x\n", r.Job.ID, r.Job.Path, r.Lines, r.Sum)
	}
	joined := errors.Join(errs...)
	fmt.Println("total lines:", total, "any empty:", errors.Is(joined, ErrEmpty))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	results, _ = Run(ctx, 2, paths)
	cancelled := 0
	for _, r := range results {
		if errors.Is(r.Err, context.Canceled) {
			cancelled++
		}
	}
	fmt.Println("after cancel: results are all cancelled:", cancelled == len(results), len(results) <= len(paths))
}
