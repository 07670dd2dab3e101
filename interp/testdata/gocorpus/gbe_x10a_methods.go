// Exercises: methods - value and pointer receivers, automatic & and *, methods on non-struct types, method values and expressions
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

type Counter struct {
	name string
	hits int
}

func (c *Counter) Hit() *Counter { c.hits++; return c }
func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.hits) }
func (c Counter) Reset() Counter { c.hits = 0; return c }

type Words []string

func (w Words) Longest() string {
	best := ""
	for _, s := range w {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func (w *Words) Add(s string) { *w = append(*w, strings.ToLower(s)) }

func main() {
	fmt.Println(Temp(100).Fahrenheit(), Temp(-40).Fahrenheit())

	c := Counter{name: "home"}
	c.Hit().Hit().Hit()
	fmt.Println(c.Report(), c.hits)
	fresh := c.Reset()
	fmt.Println(fresh.Report(), c.Report())

	p := &c
	p.Hit()
	fmt.Println(p.Report(), (*p).hits)

	report := c.Report
	c.hits = 100
	fmt.Println("bound earlier:", report(), "now:", c.Report())
	hit := p.Hit
	hit()
	fmt.Println(c.hits)

	byExpr := Counter.Report
	ptrExpr := (*Counter).Hit
	ptrExpr(&c)
	fmt.Println(byExpr(c))

	var w Words
	w.Add("Go")
	w.Add("Interpreter")
	w.Add("yaegi")
	fmt.Println(w, w.Longest(), len(w))
}
