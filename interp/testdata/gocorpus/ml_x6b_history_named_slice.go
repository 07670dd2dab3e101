// Exercises: a training history as a named slice with value and pointer methods, sort.Interface, Stringer on the element
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	Epoch         int
	Loss, ValLoss float64
}

func (r Record) String() string {
	return fmt.Sprintf("e%d:%.3f/%.3f", r.Epoch, r.Loss, r.ValLoss)
}

type History []Record

func (h *History) Log(loss, val float64) { *h = append(*h, Record{len(*h) + 1, loss, val}) }
func (h History) Len() int               { return len(h) }
func (h History) Less(i, j int) bool     { return h[i].ValLoss < h[j].ValLoss }
func (h History) Swap(i, j int)          { h[i], h[j] = h[j], h[i] }

func (h History) Best() Record {
	c := append(History(nil), h...)
	sort.Sort(c)
	return c[0]
}

func (h History) EarlyStop(patience int) int {
	best, since := 0, 0
	for i := range h {
		if h[i].ValLoss < h[best].ValLoss {
			best, since = i, 0
		} else if since++; since >= patience {
			return h[i].Epoch
		}
	}
	return -1
}

func main() {
	var h History
	losses := []float64{1.0, 0.7, 0.5, 0.42, 0.38, 0.35, 0.33}
	vals := []float64{1.1, 0.8, 0.62, 0.6, 0.61, 0.63, 0.66}
	for i := range losses {
		h.Log(losses[i], vals[i])
	}
	fmt.Println(h)
	fmt.Println("best:", h.Best(), "stop at:", h.EarlyStop(2))
	fmt.Println(h[0], h.Len(), sort.IsSorted(h))
	var parts []string
	for _, r := range h[:3] {
		parts = append(parts, r.String())
	}
	fmt.Println(strings.Join(parts, " | "))
	fmt.Printf("%v %s\n", h[len(h)-1], &h[1])
}
