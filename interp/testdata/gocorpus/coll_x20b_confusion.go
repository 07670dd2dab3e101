package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Confusion struct {
	labels []string
	counts map[[2]string]int
}

func NewConfusion() *Confusion { return &Confusion{counts: map[[2]string]int{}} }

func (c *Confusion) Add(truth, pred string) {
	for _, l := range []string{truth, pred} {
		if !slices.Contains(c.labels, l) {
			c.labels = append(c.labels, l)
		}
	}
	c.counts[[2]string{truth, pred}]++
}

func (c *Confusion) String() string {
	ls := slices.Sorted(slices.Values(c.labels))
	var b strings.Builder
	fmt.Fprintf(&b, "%8s", "")
	for _, l := range ls {
		fmt.Fprintf(&b, "%8s", l)
	}
	b.WriteByte('\n')
	for _, t := range ls {
		fmt.Fprintf(&b, "%8s", t)
		for _, p := range ls {
			fmt.Fprintf(&b, "%8d", c.counts[[2]string{t, p}])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (c *Confusion) PerClass() map[string][3]float64 {
	out := map[string][3]float64{}
	for _, l := range c.labels {
		var tp, fp, fn int
		for k, n := range c.counts {
			switch {
			case k[0] == l && k[1] == l:
				tp += n
			case k[1] == l:
				fp += n
			case k[0] == l:
				fn += n
			}
		}
		p := float64(tp) / float64(max(tp+fp, 1))
		r := float64(tp) / float64(max(tp+fn, 1))
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		out[l] = [3]float64{p, r, f1}
	}
	return out
}

func main() {
	truth := strings.Fields("cat dog cat bird dog dog cat bird bird cat")
	pred := strings.Fields("cat dog dog bird dog cat cat cat bird cat")
	c := NewConfusion()
	for i := range truth {
		c.Add(truth[i], pred[i])
	}
	fmt.Print(c)
	pc := c.PerClass()
	for _, l := range slices.Sorted(maps.Keys(pc)) {
		v := pc[l]
		fmt.Printf("%-5s p=%.4f r=%.4f f1=%.4f\n", l, v[0], v[1], v[2])
	}
	fmt.Println(c.counts)
	hist := map[string]int{}
	for _, p := range pred {
		hist[p]++
	}
	fmt.Println(hist)
	keys := slices.Collect(maps.Keys(hist))
	slices.SortFunc(keys, func(a, b string) int { return hist[b] - hist[a] })
	fmt.Println(keys[0])
}
