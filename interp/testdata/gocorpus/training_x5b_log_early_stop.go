// Exercises: type Log []float64 with Last, Best, String methods; early stopping with patience; Log in fmt and interfaces
package main

import (
	"fmt"
	"strings"
)

type Log []float64

func (l Log) Last() float64 { return l[len(l)-1] }

func (l Log) Best() (int, float64) {
	bi := 0
	for i, v := range l {
		if v < l[bi] {
			bi = i
		}
	}
	return bi, l[bi]
}

func (l Log) String() string {
	var b strings.Builder
	for i, v := range l {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%.3f", v)
	}
	return "[" + b.String() + "]"
}

func (l *Log) Add(v float64) { *l = append(*l, v) }

func train(val []float64, patience int) (Log, int) {
	var log Log
	wait := 0
	for epoch, v := range val {
		log.Add(v)
		if _, best := log.Best(); v > best {
			wait++
		} else {
			wait = 0
		}
		if wait >= patience {
			return log, epoch
		}
	}
	return log, len(val) - 1
}

func main() {
	val := []float64{1.2, 0.9, 0.7, 0.72, 0.69, 0.71, 0.74, 0.80, 0.5}
	for _, p := range []int{2, 3, 10} {
		log, stop := train(val, p)
		bi, bv := log.Best()
		fmt.Printf("patience %d: stop at %d, best %d (%.2f), last %.2f\n", p, stop, bi, bv, log.Last())
		fmt.Println(" ", log)
	}
	var s fmt.Stringer = Log{0.5, 0.25}
	fmt.Printf("%v|%s|%d\n", s, s, len(s.(Log)))
	logs := map[string]Log{"train": {1, 0.5}, "val": {1.5, 0.75}}
	fmt.Println(logs)
	fmt.Printf("%v\n", []Log{{1}, {2, 3}})
}
