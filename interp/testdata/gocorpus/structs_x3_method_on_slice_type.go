// Exercises: methods on named slice and map types, value receiver on slice mutating elements
package main

import "fmt"

type Scores []int

func (s Scores) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}
func (s Scores) Double() {
	for i := range s {
		s[i] *= 2
	}
}
func (s *Scores) Add(v int) { *s = append(*s, v) }

type Counts map[string]int

func (c Counts) Inc(k string) { c[k]++ }

func main() {
	s := Scores{1, 2, 3}
	s.Double()
	s.Add(10)
	fmt.Println(s, s.Sum(), len(s))
	c := Counts{}
	c.Inc("a")
	c.Inc("a")
	c.Inc("b")
	fmt.Println(c)
}
