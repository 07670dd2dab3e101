// Exercises: sort.Interface for a table of tracks sorted by several keys, a multiSorter built from a list of less functions, sort.Reverse, sort.Stable keeping ties, sort.IsSorted, tabwriter output
package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
	"time"
)

type track struct {
	name, band string
	year       int
	dur        time.Duration
}

type lessFunc func(a, b *track) bool

type multiSorter struct {
	rows []*track
	less []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.rows) }
func (ms *multiSorter) Swap(i, j int) { ms.rows[i], ms.rows[j] = ms.rows[j], ms.rows[i] }
func (ms *multiSorter) Less(i, j int) bool {
	for _, less := range ms.less[:len(ms.less)-1] {
		switch {
		case less(ms.rows[i], ms.rows[j]):
			return true
		case less(ms.rows[j], ms.rows[i]):
			return false
		}
	}
	return ms.less[len(ms.less)-1](ms.rows[i], ms.rows[j])
}
func orderedBy(less ...lessFunc) func([]*track) *multiSorter {
	return func(rows []*track) *multiSorter { return &multiSorter{rows, less} }
}
func show(rows []*track) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 1, ' ', tabwriter.AlignRight)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%v\t\n", r.name, r.band, r.year, r.dur)
	}
	tw.Flush()
}
func main() {
	rows := []*track{
		{"Blue", "Joni", 1971, 3*time.Minute + 5*time.Second},
		{"River", "Joni", 1971, 4 * time.Minute},
		{"Blue", "Eiffel", 1998, 3*time.Minute + 40*time.Second},
		{"Help", "Beatles", 1965, 2*time.Minute + 18*time.Second},
		{"Yesterday", "Beatles", 1965, 2*time.Minute + 5*time.Second},
	}
	byName := func(a, b *track) bool { return a.name < b.name }
	byYear := func(a, b *track) bool { return a.year < b.year }
	byDur := func(a, b *track) bool { return a.dur < b.dur }
	byBand := func(a, b *track) bool { return a.band < b.band }
	sort.Sort(orderedBy(byName, byYear)(rows))
	show(rows)
	sort.Sort(sort.Reverse(orderedBy(byYear, byDur)(rows)))
	show(rows)
	fmt.Println(sort.IsSorted(orderedBy(byYear, byDur)(rows)), sort.IsSorted(sort.Reverse(orderedBy(byYear, byDur)(rows))))
	sort.Stable(orderedBy(byBand)(rows))
	for _, r := range rows {
		fmt.Print(r.band, "/", r.name, " ")
	}
	fmt.Println()
}
