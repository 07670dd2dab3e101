package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Job struct {
	ID   int
	Cost int
}

type Processor interface {
	Process(ctx context.Context, j Job) (int, error)
}

type stubProcessor struct {
	failOn int
}

var ErrBadJob = errors.New("bad job")

func (s stubProcessor) Process(ctx context.Context, j Job) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if j.ID == s.failOn {
		return 0, fmt.Errorf("job %d: %w", j.ID, ErrBadJob)
	}
	return j.Cost * 10, nil
}

// RunAll processes jobs concurrently; first error cancels the rest.
func RunAll(parent context.Context, p Processor, jobs []Job) ([]int, error) {
	ctx, cancel := context.WithCancelCause(parent)
	defer cancel(nil)
	out := make([]int, len(jobs))
	var wg sync.WaitGroup
	var once sync.Once
	var firstErr error
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := p.Process(ctx, j)
			if err != nil {
				once.Do(func() { firstErr = err; cancel(err) })
				return
			}
			out[i] = v
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return out, nil
}

type ctxKey string

func main() {
	jobs := []Job{{1, 3}, {2, 5}, {3, 7}}
	res, err := RunAll(context.Background(), stubProcessor{failOn: -1}, jobs)
	fmt.Println(res, err)
	res, err = RunAll(context.Background(), stubProcessor{failOn: 2}, jobs)
	fmt.Println(res, err, errors.Is(err, ErrBadJob))

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	res, err = RunAll(ctx, stubProcessor{failOn: -1}, jobs)
	fmt.Println(res, err, errors.Is(err, context.Canceled))

	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("other")))
	c2, cancel2 := context.WithCancelCause(vctx)
	cancel2(ErrBadJob)
	<-c2.Done()
	fmt.Println(c2.Err(), context.Cause(c2), c2.Value(ctxKey("user")))
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-c2.Done():
				results <- fmt.Sprintf("w%d stopped", i)
			}
		}()
	}
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println("stopped:", n)
}
