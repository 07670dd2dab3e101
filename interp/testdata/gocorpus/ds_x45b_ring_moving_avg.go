package main

import (
	"container/ring"
	"fmt"
	"strings"
)

type Window struct {
	r     *ring.Ring
	n     int
	count int
	sum   int64
}

func NewWindow(n int) *Window { return &Window{r: ring.New(n), n: n} }

func (w *Window) Add(v int64) {
	if w.count == w.n {
		w.sum -= w.r.Value.(int64)
	} else {
		w.count++
	}
	w.r.Value = v
	w.sum += v
	w.r = w.r.Next()
}

func (w *Window) Avg() float64 {
	if w.count == 0 {
		return 0
	}
	return float64(w.sum) / float64(w.count)
}

func (w *Window) Values() []int64 {
	var out []int64
	w.r.Do(func(x any) {
		if x != nil {
			out = append(out, x.(int64))
		}
	})
	return out
}

func bar(v float64, scale float64) string {
	return strings.Repeat("#", int(v/scale))
}

func main() {
	daily := []int64{120050, 98000, 143275, 110000, 87500, 201000, 176540, 95000, 132000, 158800, 149999, 101010}
	w7 := NewWindow(7)
	w3 := NewWindow(3)
	fmt.Printf("%-4s %10s %10s %10s  %s\n", "day", "revenue", "ma3", "ma7", "trend")
	for i, d := range daily {
		w7.Add(d)
		w3.Add(d)
		fmt.Printf("%-4d %10.2f %10.2f %10.2f  %s\n", i+1, float64(d)/100, w3.Avg()/100, w7.Avg()/100, bar(w7.Avg()/100, 100))
	}
	fmt.Println("last 3:", w3.Values(), "len", w3.r.Len())
	r := ring.New(4)
	for i := 1; i <= 4; i++ {
		r.Value = i * 100
		r = r.Next()
	}
	r.Unlink(1)
	r.Do(func(x any) { fmt.Print(x, " ") })
	fmt.Println()
}
