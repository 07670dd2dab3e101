package main

import (
	"fmt"
	"strings"
)

type Phase int

const (
	Train Phase = iota
	Validate
	Test
	numPhases
)

var phaseNames = [...]string{"train", "validate", "test"}

func (p Phase) String() string {
	if p < 0 || p >= numPhases {
		return fmt.Sprintf("Phase(%d)", int(p))
	}
	return phaseNames[p]
}

type Metric uint8

const (
	Accuracy Metric = 1 << iota
	Precision
	Recall
	F1
)

func (m Metric) String() string {
	var parts []string
	for i, n := range []string{"acc", "prec", "rec", "f1"} {
		if m&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "|")
}

type Log struct {
	Phase Phase
	Epoch int
	Loss  float64
}

func (l Log) String() string { return fmt.Sprintf("[%v e%d %.4f]", l.Phase, l.Epoch, l.Loss) }

type History []Log

func (h History) Best(p Phase) (Log, bool) {
	var best Log
	found := false
	for _, l := range h {
		if l.Phase == p && (!found || l.Loss < best.Loss) {
			best, found = l, true
		}
	}
	return best, found
}

func main() {
	fmt.Println(Train, Validate, Test, Phase(7))
	fmt.Printf("%v %d %s %q\n", Validate, Validate, Test, Train)
	m := Accuracy | F1
	fmt.Println(m, Precision|Recall, Metric(0), m&^F1)
	var h History
	for e := 1; e <= 4; e++ {
		h = append(h, Log{Train, e, 1 / float64(e)}, Log{Validate, e, 0.5 + (float64(e)-2.5)*(float64(e)-2.5)/10})
	}
	fmt.Println(h)
	if b, ok := h.Best(Validate); ok {
		fmt.Println("best val:", b)
	}
	_, ok := h.Best(Test)
	fmt.Println("test logged:", ok)
	counts := map[Phase]int{}
	for _, l := range h {
		counts[l.Phase]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %+v\n", []Phase{Test, Train}, h[0])
}
