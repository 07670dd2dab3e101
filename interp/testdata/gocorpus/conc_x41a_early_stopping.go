package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Metrics struct {
	Epoch   int
	ValLoss float64
}

var errStopped = errors.New("early stopping")

func trainer(ctx context.Context, losses []float64, out chan<- Metrics) error {
	defer close(out)
	for i, l := range losses {
		select {
		case <-ctx.Done():
			return context.Cause(ctx)
		case out <- Metrics{Epoch: i + 1, ValLoss: l}:
		}
	}
	return nil
}

type Monitor struct {
	mu       sync.Mutex
	best     float64
	bestEp   int
	patience int
	bad      int
	history  []string
}

func (m *Monitor) Observe(x Metrics) (stop bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.bestEp == 0 || x.ValLoss < m.best {
		m.best, m.bestEp, m.bad = x.ValLoss, x.Epoch, 0
		m.history = append(m.history, fmt.Sprintf("%d:%.2f*", x.Epoch, x.ValLoss))
		return false
	}
	m.bad++
	m.history = append(m.history, fmt.Sprintf("%d:%.2f", x.Epoch, x.ValLoss))
	return m.bad >= m.patience
}

func run(losses []float64, patience int) {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	ch := make(chan Metrics)
	errc := make(chan error, 1)
	go func() { errc <- trainer(ctx, losses, ch) }()
	mon := &Monitor{patience: patience}
	for m := range ch {
		if mon.Observe(m) {
			cancel(fmt.Errorf("%w at epoch %d", errStopped, m.Epoch))
			break
		}
	}
	err := <-errc
	for range ch {
	}
	fmt.Println(mon.history)
	fmt.Printf("best epoch %d loss %.2f; err=%v; stopped=%v\n", mon.bestEp, mon.best, err, errors.Is(err, errStopped))
}

func main() {
	run([]float64{1.0, 0.8, 0.7, 0.72, 0.75, 0.71, 0.9, 0.6}, 3)
	run([]float64{1.0, 0.9, 0.85, 0.8}, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
}
