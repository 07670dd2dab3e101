package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID   int
	Expr string
}

type Result struct {
	ID    int
	Value int
	Err   error
}

var (
	parseCount atomic.Int64
	tableOnce  sync.Once
	opTable    map[string]func(int, int) int
)

func ops() map[string]func(int, int) int {
	tableOnce.Do(func() {
		opTable = map[string]func(int, int) int{
			"add": func(a, b int) int { return a + b },
			"mul": func(a, b int) int { return a * b },
			"sub": func(a, b int) int { return a - b },
			"pow": func(a, b int) int {
				r := 1
				for range b {
					r *= a
				}
				return r
			},
		}
	})
	return opTable
}

var errFatal = errors.New("fatal expression")

// eval handles prefix expressions like "add 1 mul 2 3".
func eval(toks []string) (int, []string, error) {
	parseCount.Add(1)
	if len(toks) == 0 {
		return 0, nil, errors.New("unexpected end")
	}
	if toks[0] == "boom" {
		return 0, nil, errFatal
	}
	if f, ok := ops()[toks[0]]; ok {
		a, rest, err := eval(toks[1:])
		if err != nil {
			return 0, nil, err
		}
		b, rest, err := eval(rest)
		if err != nil {
			return 0, nil, err
		}
		return f(a, b), rest, nil
	}
	n, err := strconv.Atoi(toks[0])
	if err != nil {
		return 0, nil, fmt.Errorf("bad token %q", toks[0])
	}
	return n, toks[1:], nil
}

func worker(ctx context.Context, jobs <-chan Job, results chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			v, rest, err := eval(strings.Fields(j.Expr))
			if err == nil && len(rest) > 0 {
				err = fmt.Errorf("trailing tokens %v", rest)
			}
			results <- Result{j.ID, v, err}
		}
	}
}

func runAll(exprs []string, nworkers int) []Result {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan Job, len(exprs))
	results := make(chan Result, len(exprs))
	var wg sync.WaitGroup
	for range nworkers {
		wg.Add(1)
		go worker(ctx, jobs, results, &wg)
	}
	for i, e := range exprs {
		jobs <- Job{i, e}
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func main() {
	exprs := []string{
		"add 1 2",
		"mul add 1 2 sub 10 4",
		"pow 2 10",
		"add 1",
		"sub 5 x",
		"mul 3 boom",
		"7 8",
		"add pow 3 3 mul 2 pow 2 5",
	}
	res := runAll(exprs, 3)
	fatal := 0
	for _, r := range res {
		if r.Err != nil {
			if errors.Is(r.Err, errFatal) {
				fatal++
			}
			fmt.Printf("#%d %-28q error: %v\n", r.ID, exprs[r.ID], r.Err)
			continue
		}
		fmt.Printf("#%d %-28q = %d\n", r.ID, exprs[r.ID], r.Value)
	}
	fmt.Println("parses:", parseCount.Load(), "fatal:", fatal, "ops:", len(ops()))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, make(chan Job), make(chan Result), &wg)
	wg.Wait()
	fmt.Println("cancelled worker exited:", ctx.Err())
}
