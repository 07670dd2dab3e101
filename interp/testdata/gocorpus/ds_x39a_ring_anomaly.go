package main

import (
	"container/ring"
	"fmt"
	"math"
	"strings"
)

type Window struct {
	r    *ring.Ring
	n    int
	size int
}

func NewWindow(size int) *Window { return &Window{r: ring.New(size), size: size} }

func (w *Window) Push(x float64) {
	w.r.Value = x
	w.r = w.r.Next()
	if w.n < w.size {
		w.n++
	}
}

func (w *Window) Full() bool { return w.n == w.size }

func (w *Window) Stats() (mean, sd float64) {
	var s, ss float64
	w.r.Do(func(v any) {
		if f, ok := v.(float64); ok {
			s += f
			ss += f * f
		}
	})
	n := float64(w.n)
	mean = s / n
	sd = math.Sqrt(math.Max(ss/n-mean*mean, 0))
	return
}

func main() {
	series := []float64{
		10, 10.5, 9.8, 10.2, 10.1, 9.9, 10.3, 25.0, 10.0, 9.7,
		10.4, 10.2, 3.0, 10.1, 10.0, 10.3, 9.9, 10.2, 18.5, 10.1,
	}
	w := NewWindow(5)
	var flagged []int
	for i, x := range series {
		if w.Full() {
			m, sd := w.Stats()
			z := (x - m) / sd
			mark := ""
			if math.Abs(z) > 3 {
				mark = " <-- anomaly"
				flagged = append(flagged, i)
			}
			fmt.Printf("t=%2d x=%5.1f mean=%6.2f sd=%5.2f z=%7.2f%s\n", i, x, m, sd, z, mark)
		}
		if len(flagged) == 0 || flagged[len(flagged)-1] != i {
			w.Push(x)
		}
	}
	fmt.Println("anomalies at", flagged)

	// a ring of labels rotated like a round-robin scheduler
	labels := ring.New(4)
	for _, s := range []string{"train", "valid", "test", "holdout"} {
		labels.Value = s
		labels = labels.Next()
	}
	var order []string
	for i := 0; i < 6; i++ {
		order = append(order, labels.Value.(string))
		labels = labels.Move(3)
	}
	fmt.Println(strings.Join(order, ","), labels.Len())
	removed := labels.Unlink(1)
	fmt.Println("removed", removed.Value, "left", labels.Len())
}
