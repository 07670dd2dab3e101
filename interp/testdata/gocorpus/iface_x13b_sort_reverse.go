package main

import (
	"fmt"
	"sort"
	"strings"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Secs   int
}

type byKeys struct {
	t    []*Track
	less []func(a, b *Track) int
}

func (b byKeys) Len() int      { return len(b.t) }
func (b byKeys) Swap(i, j int) { b.t[i], b.t[j] = b.t[j], b.t[i] }
func (b byKeys) Less(i, j int) bool {
	for _, f := range b.less {
		if c := f(b.t[i], b.t[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func by(keys ...func(a, b *Track) int) func([]*Track) sort.Interface {
	return func(t []*Track) sort.Interface { return byKeys{t, keys} }
}

func artist(a, b *Track) int { return strings.Compare(a.Artist, b.Artist) }
func year(a, b *Track) int   { return a.Year - b.Year }
func title(a, b *Track) int  { return strings.Compare(a.Title, b.Title) }

func (t *Track) String() string {
	return fmt.Sprintf("%-14s %-10s %d %d:%02d", t.Title, t.Artist, t.Year, t.Secs/60, t.Secs%60)
}

func show(label string, ts []*Track) {
	fmt.Println("--", label)
	for _, t := range ts {
		fmt.Println(t)
	}
}

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	tracks := []*Track{
		{"Go Ahead", "Alicia", 2007, 275},
		{"Go", "Moby", 1992, 225},
		{"Go", "Delilah", 2012, 217},
		{"Ready 2 Go", "Martin", 2011, 260},
		{"Going Home", "Moby", 1995, 198},
		{"Gone", "Alicia", 2007, 301},
	}
	sort.Sort(by(title, year)(tracks))
	show("title,year", tracks)
	sort.Stable(by(artist)(tracks))
	show("stable artist", tracks)
	sort.Sort(reverse{by(year, title)(tracks)})
	show("reverse year,title", tracks)
	sort.Sort(sort.Reverse(by(func(a, b *Track) int { return a.Secs - b.Secs })(tracks)))
	fmt.Println(tracks[0].Title, tracks[len(tracks)-1].Title)
	ints := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 6))
	idx := sort.Search(len(tracks), func(i int) bool { return tracks[i].Secs <= 220 })
	fmt.Println(idx, sort.IsSorted(by(year)(tracks)))
}
