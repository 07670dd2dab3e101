package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
)

var ErrStop = errors.New("early stop")

type Callback interface {
	OnEpochEnd(epoch int, trainLoss, valLoss float64) error
}

type EarlyStopping struct {
	Patience int
	best     float64
	wait     int
	BestEp   int
}

func (e *EarlyStopping) OnEpochEnd(epoch int, _, val float64) error {
	if epoch == 0 || val < e.best-1e-4 {
		e.best, e.wait, e.BestEp = val, 0, epoch
		return nil
	}
	e.wait++
	if e.wait >= e.Patience {
		return fmt.Errorf("epoch %d: no improvement for %d epochs (best %.4f at %d): %w", epoch, e.wait, e.best, e.BestEp, ErrStop)
	}
	return nil
}

type Logger struct{ every int }

func (l Logger) OnEpochEnd(epoch int, tr, val float64) error {
	if epoch%l.every == 0 {
		fmt.Printf("epoch %3d train=%.4f val=%.4f\n", epoch, tr, val)
	}
	return nil
}

type CallbackFunc func(int, float64, float64) error

func (f CallbackFunc) OnEpochEnd(e int, t, v float64) error { return f(e, t, v) }

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	// overfit a degree-8 polynomial on few points
	gen := func(n int) (xs, ys []float64) {
		for range n {
			x := r.Float64()*2 - 1
			xs = append(xs, x)
			ys = append(ys, math.Sin(3*x)+r.NormFloat64()*0.2)
		}
		return
	}
	trX, trY := gen(12)
	vaX, vaY := gen(30)
	w := make([]float64, 9)
	feats := func(x float64) []float64 {
		f := make([]float64, len(w))
		p := 1.0
		for i := range f {
			f[i] = p
			p *= x
		}
		return f
	}
	mse := func(xs, ys []float64) float64 {
		s := 0.0
		for i, x := range xs {
			pred := 0.0
			for j, f := range feats(x) {
				pred += w[j] * f
			}
			s += (pred - ys[i]) * (pred - ys[i])
		}
		return s / float64(len(xs))
	}
	es := &EarlyStopping{Patience: 20}
	maxSeen := 0.0
	cbs := []Callback{Logger{100}, es, CallbackFunc(func(_ int, t, _ float64) error {
		maxSeen = math.Max(maxSeen, t)
		return nil
	})}
	var stopErr error
	epoch := 0
train:
	for ; epoch < 2000; epoch++ {
		for i, x := range trX {
			f := feats(x)
			pred := 0.0
			for j := range w {
				pred += w[j] * f[j]
			}
			for j := range w {
				w[j] -= 0.1 * (pred - trY[i]) * f[j]
			}
		}
		tl, vl := mse(trX, trY), mse(vaX, vaY)
		for _, cb := range cbs {
			if err := cb.OnEpochEnd(epoch, tl, vl); err != nil {
				stopErr = err
				break train
			}
		}
	}
	fmt.Println("stopped:", errors.Is(stopErr, ErrStop), epoch)
	fmt.Println(stopErr)
	fmt.Printf("best epoch %d max train loss %.4f\n", es.BestEp, maxSeen)
}
