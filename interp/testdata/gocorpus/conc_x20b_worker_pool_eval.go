package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
)

type Job struct {
	ID     int
	Params []float64
}

type Result struct {
	ID   int
	Loss float64
	Err  error
}

var ErrDiverged = errors.New("diverged")

func evaluate(j Job) Result {
	x := 5.0
	lr, mom := j.Params[0], j.Params[1]
	v := 0.0
	for i := 0; i < 100; i++ {
		g := 2 * x
		v = mom*v + g
		x -= lr * v
		if math.IsInf(x, 0) || math.Abs(x) > 1e6 {
			return Result{j.ID, 0, fmt.Errorf("job %d lr=%.2f: %w", j.ID, lr, ErrDiverged)}
		}
	}
	return Result{ID: j.ID, Loss: x * x}
}

func main() {
	var jobs []Job
	for _, lr := range []float64{0.01, 0.1, 0.5, 1.1} {
		for _, m := range []float64{0, 0.5, 0.9} {
			jobs = append(jobs, Job{len(jobs), []float64{lr, m}})
		}
	}
	in := make(chan Job)
	out := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range in {
				out <- evaluate(j)
			}
		}(w)
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(out)
	var results []Result
	for r := range out {
		results = append(results, r)
	}
	sort.Slice(results, func(a, b int) bool { return results[a].ID < results[b].ID })
	failed := 0
	for _, r := range results {
		j := jobs[r.ID]
		if r.Err != nil {
			failed++
			fmt.Printf("%2d lr=%.2f mom=%.1f ERROR %v\n", r.ID, j.Params[0], j.Params[1], r.Err)
			continue
		}
		fmt.Printf("%2d lr=%.2f mom=%.1f loss=%.4e\n", r.ID, j.Params[0], j.Params[1], r.Loss)
	}
	ok := results[:0]
	for _, r := range results {
		if r.Err == nil {
			ok = append(ok, r)
		}
	}
	sort.SliceStable(ok, func(a, b int) bool { return ok[a].Loss < ok[b].Loss })
	fmt.Println("failed:", failed, "best id:", ok[0].ID)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
}
