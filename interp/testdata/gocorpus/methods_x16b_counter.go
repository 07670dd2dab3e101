package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type OpCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *OpCounter) Inc(op string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		c.counts = make(map[string]int)
	}
	c.counts[op]++
}

func (c *OpCounter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := make([]string, 0, len(c.counts))
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s:%d ", k, c.counts[k])
	}
	return strings.TrimSpace(b.String())
}

type Traced struct {
	*OpCounter
	depth int
}

func (t Traced) Mul(a, b float64) float64 { t.Inc("mul"); return a * b }
func (t Traced) Add(a, b float64) float64 { t.Inc("add"); return a + b }
func (t Traced) Exp(a float64) float64 {
	t.Inc("exp")
	s, term := 1.0, 1.0
	for i := 1; i < 20; i++ {
		term = t.Mul(term, a/float64(i))
		s = t.Add(s, term)
	}
	return s
}

func main() {
	tr := Traced{OpCounter: &OpCounter{}}
	x := []float64{0.5, -1, 2}
	w := []float64{1, 0.25, -0.5}
	z := 0.0
	for i := range x {
		z = tr.Add(z, tr.Mul(x[i], w[i]))
	}
	e := tr.Exp(-z)
	fmt.Printf("z=%.4f sigmoid=%.6f\n", z, 1/(1+e))
	fmt.Println(tr)
	fmt.Println(tr.OpCounter)
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr.Mul(float64(i), 2)
		}()
	}
	wg.Wait()
	fmt.Println(tr.String())
	tr2 := tr
	tr2.Inc("copy")
	fmt.Println(tr.counts["copy"], tr2.depth)
}
