package main

import (
	"bufio"
	"container/ring"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Window struct {
	r    *ring.Ring
	size int
	n    int
	sum  float64
}

func NewWindow(n int) *Window { return &Window{r: ring.New(n), size: n} }

func (w *Window) Add(v float64) {
	if w.n == w.size {
		w.sum -= w.r.Value.(float64)
	} else {
		w.n++
	}
	w.r.Value = v
	w.sum += v
	w.r = w.r.Next()
}

func (w *Window) Mean() float64 { return w.sum / float64(w.n) }

func (w *Window) Values() []float64 {
	var out []float64
	w.r.Do(func(x any) {
		if x != nil {
			out = append(out, x.(float64))
		}
	})
	return out
}

const prices = `2024-03-01 ACME 101.20
2024-03-04 ACME 102.90
2024-03-05 ACME 99.75
2024-03-06 ACME 98.10
2024-03-07 ACME 103.40
2024-03-08 ACME 104.00
2024-03-11 ACME 101.15
2024-03-12 ACME 105.60
2024-03-13 ACME n/a
2024-03-14 ACME 107.25`

func main() {
	short, long := NewWindow(3), NewWindow(5)
	sc := bufio.NewScanner(strings.NewReader(prices))
	var prev time.Time
	prevSignal := ""
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		day, err := time.Parse(time.DateOnly, f[0])
		if err != nil {
			fmt.Println(err)
			continue
		}
		px, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			fmt.Printf("%s skipped: %v\n", f[0], err)
			continue
		}
		gap := ""
		if !prev.IsZero() && day.Sub(prev) > 24*time.Hour {
			gap = fmt.Sprintf(" (gap %dd)", int(day.Sub(prev).Hours()/24))
		}
		prev = day
		short.Add(px)
		long.Add(px)
		signal := "-"
		if long.n == long.size {
			if short.Mean() > long.Mean() {
				signal = "up"
			} else {
				signal = "down"
			}
		}
		cross := ""
		if prevSignal != "" && prevSignal != "-" && signal != prevSignal {
			cross = " <== cross"
		}
		prevSignal = signal
		fmt.Printf("%s %s %7.2f sma3=%7.3f sma5=%7.3f %-4s%s%s\n",
			day.Format("Mon 01/02"), f[1], px, short.Mean(), long.Mean(), signal, cross, gap)
	}
	fmt.Println("last 5:", long.Values())
	fmt.Println("last 3:", short.Values())
	r := ring.New(4)
	for i := 1; i <= 4; i++ {
		r.Value = i * 10
		r = r.Next()
	}
	r.Unlink(2)
	total := 0
	r.Do(func(v any) { total += v.(int) })
	fmt.Println("after unlink:", r.Len(), total)
}
