package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Order struct {
	ID     int
	Amount float64
}

type Result struct {
	OrderID int
	Total   float64
	Err     error
}

var ErrFraud = errors.New("suspected fraud")

func generate(ctx context.Context, n int) <-chan Order {
	out := make(chan Order)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- Order{ID: i, Amount: float64(i * 25)}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func process(in <-chan Order, workers int) <-chan Result {
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for o := range in {
				r := Result{OrderID: o.ID}
				if o.Amount > 200 {
					r.Err = fmt.Errorf("order %d: %w", o.ID, ErrFraud)
				} else {
					r.Total = o.Amount * 1.2
				}
				out <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	results := make(map[int]Result)
	for r := range process(generate(ctx, 10), 3) {
		results[r.OrderID] = r
	}
	sum := 0.0
	for id := 1; id <= 10; id++ {
		r := results[id]
		if r.Err != nil {
			fmt.Printf("#%02d rejected: %v (fraud=%t)\n", id, r.Err, errors.Is(r.Err, ErrFraud))
			continue
		}
		sum += r.Total
		fmt.Printf("#%02d total %.2f\n", id, r.Total)
	}
	fmt.Printf("revenue: %.2f\n", sum)

	ctx2, cancel2 := context.WithCancel(context.Background())
	ch := generate(ctx2, 1000)
	taken := 0
	for o := range ch {
		taken++
		if o.ID == 5 {
			cancel2()
			break
		}
	}
	fmt.Println("taken before cancel:", taken, ctx2.Err())

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ticks <- i
		}
		close(done)
	}()
	for {
		select {
		case t := <-ticks:
			fmt.Println("tick", t)
			continue
		case <-done:
			fmt.Println("done")
		}
		break
	}
}
