package main

import (
	"container/ring"
	"fmt"
	"math"
)

type Tracker struct {
	window   *ring.Ring
	n        int
	best     float64
	bestStep int
	patience int
	bad      int
}

func NewTracker(size, patience int) *Tracker {
	return &Tracker{window: ring.New(size), best: math.Inf(1), patience: patience}
}

func (t *Tracker) Add(step int, loss float64) (avg float64, stop bool) {
	t.window.Value = loss
	t.window = t.window.Next()
	if t.n < t.window.Len() {
		t.n++
	}
	sum, cnt := 0.0, 0
	t.window.Do(func(v any) {
		if v != nil {
			sum += v.(float64)
			cnt++
		}
	})
	avg = sum / float64(cnt)
	if avg < t.best-1e-4 {
		t.best, t.bestStep, t.bad = avg, step, 0
	} else {
		t.bad++
	}
	return avg, t.bad >= t.patience
}

func main() {
	w := 4.0
	tr := NewTracker(4, 5)
	noise := []float64{0.3, -0.2, 0.1, 0.0, -0.3, 0.25, -0.1, 0.05}
	for step := 0; ; step++ {
		grad := 2*(w-1) + noise[step%len(noise)]
		w -= 0.15 * grad
		loss := (w-1)*(w-1) + 0.01*noise[(step*3)%len(noise)]
		avg, stop := tr.Add(step, loss)
		if step%3 == 0 || stop {
			fmt.Printf("step %2d loss %.5f avg %.5f bad=%d\n", step, loss, avg, tr.bad)
		}
		if stop {
			fmt.Printf("early stop at %d; best avg %.5f at step %d\n", step, tr.best, tr.bestStep)
			break
		}
		if step > 100 {
			fmt.Println("no stop")
			break
		}
	}
	var vals []string
	tr.window.Do(func(v any) { vals = append(vals, fmt.Sprintf("%.4f", v)) })
	fmt.Println("window:", vals, "len", tr.window.Len())
}
