package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Scheduler interface{ LR(step int) float64 }

type SchedFunc func(int) float64

func (f SchedFunc) LR(s int) float64 { return f(s) }

type Chain struct {
	Parts  []Scheduler
	Bounds []int
}

func (c Chain) LR(s int) float64 {
	offset := 0
	for i, b := range c.Bounds {
		if s < b {
			return c.Parts[i].LR(s - offset)
		}
		offset = b
	}
	return c.Parts[len(c.Parts)-1].LR(s - offset)
}

func main() {
	linearWarm := SchedFunc(func(s int) float64 { return 0.1 * float64(s+1) / 5 })
	cosine := SchedFunc(func(s int) float64 { return 0.05 * (1 + math.Cos(math.Pi*float64(s)/10)) })
	floor := SchedFunc(func(int) float64 { return 0.001 })
	sched := Chain{Parts: []Scheduler{linearWarm, cosine, floor}, Bounds: []int{5, 15}}
	w, v := 4.0, 0.0
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "step\tlr\tw\tloss\t")
	for s := range 20 {
		lr := sched.LR(s)
		g := 2 * (w - 1)
		v = 0.5*v - lr*g
		w += v
		fmt.Fprintf(tw, "%d\t%.4f\t%.5f\t%.2e\t\n", s, lr, w, (w-1)*(w-1))
	}
	tw.Flush()
	var sc Scheduler = sched
	_, ok := sc.(Chain)
	fmt.Println(ok, sched.LR(100))
}
