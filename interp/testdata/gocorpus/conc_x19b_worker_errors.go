package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Job struct {
	ID    int
	Input string
}

type Outcome struct {
	JobID int
	Value int
	Err   error
}

func process(ctx context.Context, j Job) Outcome {
	select {
	case <-ctx.Done():
		return Outcome{j.ID, 0, ctx.Err()}
	default:
	}
	n, err := strconv.Atoi(j.Input)
	if err != nil {
		return Outcome{j.ID, 0, fmt.Errorf("job %d: %w", j.ID, err)}
	}
	return Outcome{j.ID, n * n, nil}
}

func runAll(ctx context.Context, jobs []Job, workers int) []Outcome {
	jobCh := make(chan Job)
	outCh := make(chan Outcome, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobCh {
				outCh <- process(ctx, j)
			}
		}(w)
	}
	for _, j := range jobs {
		jobCh <- j
	}
	close(jobCh)
	wg.Wait()
	close(outCh)
	var outs []Outcome
	for o := range outCh {
		outs = append(outs, o)
	}
	sort.Slice(outs, func(a, b int) bool { return outs[a].JobID < outs[b].JobID })
	return outs
}

func main() {
	jobs := []Job{{1, "3"}, {2, "x"}, {3, "10"}, {4, "-2"}, {5, "1e3"}}
	outs := runAll(context.Background(), jobs, 3)
	var errs []error
	sum := 0
	for _, o := range outs {
		if o.Err != nil {
			errs = append(errs, o.Err)
			fmt.Printf("job %d failed: %v\n", o.JobID, o.Err)
			continue
		}
		sum += o.Value
		fmt.Printf("job %d -> %d\n", o.JobID, o.Value)
	}
	all := errors.Join(errs...)
	fmt.Println("sum", sum, "errors:", len(errs))
	fmt.Println(errors.Is(all, strconv.ErrSyntax))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	outs = runAll(ctx, jobs[:2], 2)
	for _, o := range outs {
		fmt.Println(o.JobID, o.Err, errors.Is(o.Err, context.Canceled))
	}
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown"))
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
	vctx := context.WithValue(context.Background(), "k", 42)
	fmt.Println(vctx.Value("k"), vctx.Value("other"))
}
