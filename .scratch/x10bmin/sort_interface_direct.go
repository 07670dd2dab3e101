package main

import (
	"fmt"
	"sort"
)

type ms struct{ xs []int }

func (m *ms) Len() int           { return len(m.xs) }
func (m *ms) Less(i, j int) bool { return m.xs[i] < m.xs[j] }
func (m *ms) Swap(i, j int)      { m.xs[i], m.xs[j] = m.xs[j], m.xs[i] }

func newMS(xs []int) *ms { return &ms{xs} }

func main() {
	xs := []int{3, 1, 2}
	sort.Sort(newMS(xs))
	fmt.Println(xs)
}
