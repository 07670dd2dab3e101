package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Logger struct {
	mu    sync.Mutex
	lines []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type Trainer struct {
	*Logger
	steps atomic.Int64
	Name  string
}

func (t *Trainer) Run(ctx context.Context, epochs int, lossAt func(int) float64) error {
	for e := 1; e <= epochs; e++ {
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s stopped at epoch %d: %w", t.Name, e, ctx.Err())
		default:
		}
		l := lossAt(e)
		t.steps.Add(1)
		if l < 0.05 {
			t.Logf("%s converged at epoch %d loss=%.4f", t.Name, e, l)
			return nil
		}
	}
	return errors.New(t.Name + ": did not converge")
}

func main() {
	log := &Logger{}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	trainers := []*Trainer{{Logger: log, Name: "fast"}, {Logger: log, Name: "slow"}, {Logger: log, Name: "never"}}
	rates := []float64{0.5, 0.9, 0.999}
	errs := make([]error, len(trainers))
	var wg sync.WaitGroup
	for i, t := range trainers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = t.Run(context.Background(), 50, func(e int) float64 {
				l := 1.0
				for k := 0; k < e; k++ {
					l *= rates[i]
				}
				return l
			})
		}()
	}
	wg.Wait()
	for i, t := range trainers {
		fmt.Printf("%-5s steps=%2d err=%v\n", t.Name, t.steps.Load(), errs[i])
	}
	lines := log.lines
	if len(lines) == 2 && lines[0] > lines[1] {
		lines[0], lines[1] = lines[1], lines[0]
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	err := trainers[0].Run(ctx, 10, func(int) float64 { return 1 })
	fmt.Println(err, errors.Is(err, context.Canceled))
}
