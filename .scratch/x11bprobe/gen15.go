package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Temp float64

func (t Temp) Hot() bool      { return t > 30 }
func (t Temp) Cmp(u Temp) int { return cmp.Compare(t, u) }
func (t Temp) String() string { return fmt.Sprintf("%.0f°", float64(t)) }

type Person struct{ Name string }

func (p Person) Compare(q Person) int { return strings.Compare(p.Name, q.Name) }

func main() {
	ts := []Temp{35, 10, 31, 20}
	fmt.Println(slices.ContainsFunc(ts, Temp.Hot), slices.IndexFunc(ts, Temp.Hot))
	slices.SortFunc(ts, Temp.Cmp)
	fmt.Println(ts, slices.Max(ts))
	ps := []Person{{"b"}, {"a"}}
	slices.SortFunc(ps, Person.Compare)
	fmt.Println(ps)
	hot := slices.DeleteFunc(slices.Clone(ts), func(t Temp) bool { return !t.Hot() })
	fmt.Println(hot, len(ts))
	idx, found := slices.BinarySearchFunc(ts, Temp(31), Temp.Cmp)
	fmt.Println(idx, found)
	fmt.Println(slices.Repeat([]Temp{1}, 2), slices.Concat(ts[:1], ts[3:]))
}
