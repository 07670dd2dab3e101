package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Length int
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

func (t *Track) String() string {
	return fmt.Sprintf("%-12s %-8s %d %d:%02d", t.Title, t.Artist, t.Year, t.Length/60, t.Length%60)
}

func printTracks(ts []*Track) {
	for _, t := range ts {
		fmt.Println(" ", t)
	}
}

func main() {
	tracks := []*Track{
		{"Go", "Delilah", 2012, 225},
		{"Go", "Moby", 1992, 188},
		{"Go Ahead", "Alicia", 2007, 276},
		{"Ready 2 Go", "Martin", 2011, 260},
	}
	sort.Sort(byArtist(tracks))
	printTracks(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	printTracks(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return x.Length < y.Length
	}})
	printTracks(tracks)
	slices.SortFunc(tracks, func(a, b *Track) int {
		return cmp.Or(cmp.Compare(b.Length, a.Length), strings.Compare(a.Title, b.Title))
	})
	fmt.Println(tracks[0].Title, tracks[len(tracks)-1].Title)
	fmt.Println(sort.IsSorted(byArtist(tracks)))
	idx, found := slices.BinarySearchFunc([]int{10, 20, 30}, 25, func(e, t int) int { return e - t })
	fmt.Println(idx, found)
	people := map[string]int{"x": 3, "y": 1, "z": 3, "w": 2}
	type kv struct {
		K string
		V int
	}
	var kvs []kv
	for k, v := range people {
		kvs = append(kvs, kv{k, v})
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].K < kvs[j].K })
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].V > kvs[j].V })
	fmt.Printf("%v\n%+v\n", kvs, kvs[0])
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, slices.IsSorted(fl))
}
