package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Named struct{ Name string }

func (n Named) Label() string { return "[" + n.Name + "]" }

type Counter struct {
	Named
	n int
}

func (c *Counter) Observe(float64) { c.n++ }
func (c *Counter) Report() string  { return fmt.Sprintf("%s count=%d", c.Label(), c.n) }

type Summary struct {
	Counter
	sum, sumSq float64
	values     []float64
}

func (s *Summary) Observe(v float64) {
	s.Counter.Observe(v)
	s.sum += v
	s.sumSq += v * v
	s.values = append(s.values, v)
}

func (s *Summary) quantile(q float64) float64 {
	v := append([]float64(nil), s.values...)
	sort.Float64s(v)
	idx := q * float64(len(v)-1)
	lo := int(math.Floor(idx))
	hi := int(math.Ceil(idx))
	return v[lo] + (v[hi]-v[lo])*(idx-float64(lo))
}

func (s *Summary) Report() string {
	mean := s.sum / float64(s.n)
	sd := math.Sqrt(s.sumSq/float64(s.n) - mean*mean)
	return fmt.Sprintf("%s mean=%.3f sd=%.3f p50=%.2f p90=%.2f", s.Counter.Report(), mean, sd, s.quantile(0.5), s.quantile(0.9))
}

type Histogram struct {
	*Summary
	bounds []float64
	counts []int
}

func NewHistogram(name string, bounds ...float64) *Histogram {
	return &Histogram{Summary: &Summary{Counter: Counter{Named: Named{name}}}, bounds: bounds, counts: make([]int, len(bounds)+1)}
}

func (h *Histogram) Observe(v float64) {
	h.Summary.Observe(v)
	i := sort.SearchFloat64s(h.bounds, v)
	h.counts[i]++
}

func (h *Histogram) Report() string {
	var b strings.Builder
	b.WriteString(h.Summary.Report())
	for i, c := range h.counts {
		lbl := "+Inf"
		if i < len(h.bounds) {
			lbl = fmt.Sprint(h.bounds[i])
		}
		fmt.Fprintf(&b, "\n    le %-5s %3d %s", lbl, c, strings.Repeat("=", c))
	}
	return b.String()
}

type Metric interface {
	Observe(float64)
	Report() string
}

const latencies = `GET /a 12.5
GET /b 3.1
POST /a 250
GET /a 18
GET /a 7.25
POST /a 90
GET /b 4.9
GET /a 1200
GET /b 2.2
POST /c 45`

func main() {
	reg := map[string]Metric{
		"requests": &Counter{Named: Named{"requests"}},
		"latency":  NewHistogram("latency_ms", 5, 25, 100, 500),
		"post":     &Summary{Counter: Counter{Named: Named{"post_ms"}}},
	}
	for _, line := range strings.Split(latencies, "\n") {
		var method, path string
		var ms float64
		fmt.Sscan(line, &method, &path, &ms)
		reg["requests"].Observe(1)
		reg["latency"].Observe(ms)
		if method == "POST" {
			reg["post"].Observe(ms)
		}
	}
	keys := []string{}
	for k := range reg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %T\n  %s\n", k, reg[k], reg[k].Report())
	}
	h := reg["latency"].(*Histogram)
	fmt.Println(h.Name, h.Label(), h.n, len(h.values))
	label := h.Label
	h.Name = "renamed"
	fmt.Println(label(), h.Label())
}
