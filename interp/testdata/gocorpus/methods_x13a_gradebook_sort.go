package main

import (
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	First, Last string
	Year        int
	GPA         float64
}

func (s Student) String() string {
	return fmt.Sprintf("%s %s (Y%d, %.2f)", s.First, s.Last, s.Year, s.GPA)
}

type lessFunc func(a, b *Student) bool

type multiSorter struct {
	students []Student
	less     []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(s []Student) {
	ms.students = s
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int { return len(ms.students) }
func (ms *multiSorter) Swap(i, j int) {
	ms.students[i], ms.students[j] = ms.students[j], ms.students[i]
}
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.students[i], &ms.students[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		switch less := ms.less[k]; {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

type Roster []Student

func (r Roster) Filter(keep func(Student) bool) Roster {
	var out Roster
	for _, s := range r {
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}

func (r Roster) Average() float64 {
	if len(r) == 0 {
		return 0
	}
	t := 0.0
	for _, s := range r {
		t += s.GPA
	}
	return t / float64(len(r))
}

func (r Roster) Print(title string) {
	fmt.Println("==", title)
	for i, s := range r {
		fmt.Printf("%2d. %v\n", i+1, s)
	}
}

func main() {
	r := Roster{
		{"Grace", "Hopper", 4, 3.9}, {"Alan", "Turing", 3, 3.7}, {"Ada", "Lovelace", 4, 3.9},
		{"Edsger", "Dijkstra", 2, 3.5}, {"Barbara", "Liskov", 3, 3.8}, {"Donald", "Knuth", 2, 4.0},
		{"Ken", "Thompson", 3, 3.5}, {"Rob", "Pike", 1, 3.6},
	}
	year := func(a, b *Student) bool { return a.Year < b.Year }
	gpaDesc := func(a, b *Student) bool { return a.GPA > b.GPA }
	last := func(a, b *Student) bool { return a.Last < b.Last }
	OrderedBy(year, gpaDesc, last).Sort(r)
	r.Print("by year, gpa desc, last")
	OrderedBy(gpaDesc, last).Sort(r)
	r.Print("by gpa desc, last")
	upper := r.Filter(func(s Student) bool { return s.Year >= 3 })
	fmt.Printf("upper years: %d avg %.3f\n", len(upper), upper.Average())
	sort.SliceStable(r, func(i, j int) bool { return len(r[i].Last) < len(r[j].Last) })
	names := make([]string, len(r))
	for i, s := range r {
		names[i] = s.Last
	}
	fmt.Println(strings.Join(names, ", "))
	idx := sort.Search(len(r), func(i int) bool { return len(r[i].Last) >= 7 })
	fmt.Println("first with len>=7:", idx, r[idx])
	fmt.Println(Roster{}.Average(), r[0])
}
