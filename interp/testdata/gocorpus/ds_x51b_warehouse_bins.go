package main

import (
	"container/ring"
	"fmt"
	"sort"
	"strings"
)

type Loc struct {
	Aisle byte
	Shelf int
}

func (l Loc) String() string { return fmt.Sprintf("%c%02d", l.Aisle, l.Shelf) }

type Bin struct {
	Loc      Loc
	Capacity int
	Contents map[string]int
}

func (b *Bin) Free() int {
	used := 0
	for _, n := range b.Contents {
		used += n
	}
	return b.Capacity - used
}

type Warehouse struct {
	bins  map[Loc]*Bin
	index map[string][]Loc
}

func (w *Warehouse) Put(sku string, qty int) (placed map[Loc]int, left int) {
	locs := make([]Loc, 0, len(w.bins))
	for l := range w.bins {
		locs = append(locs, l)
	}
	sort.Slice(locs, func(i, j int) bool {
		if locs[i].Aisle != locs[j].Aisle {
			return locs[i].Aisle < locs[j].Aisle
		}
		return locs[i].Shelf < locs[j].Shelf
	})
	placed = map[Loc]int{}
	for _, l := range locs {
		if qty == 0 {
			break
		}
		b := w.bins[l]
		n := min(b.Free(), qty)
		if n <= 0 {
			continue
		}
		b.Contents[sku] += n
		placed[l] += n
		qty -= n
		w.index[sku] = append(w.index[sku], l)
	}
	return placed, qty
}

func main() {
	w := &Warehouse{bins: map[Loc]*Bin{}, index: map[string][]Loc{}}
	for _, a := range []byte("BA") {
		for s := 3; s >= 1; s-- {
			w.bins[Loc{a, s}] = &Bin{Loc{a, s}, 10 * s, map[string]int{}}
		}
	}
	for _, req := range []struct {
		sku string
		n   int
	}{{"bolt", 25}, {"nut", 18}, {"gear", 100}} {
		placed, left := w.Put(req.sku, req.n)
		fmt.Printf("%s: placed %v left %d\n", req.sku, placed, left)
	}
	fmt.Println(w.index["nut"], len(w.index["gear"]))
	var arr [3]Loc
	copy(arr[:], w.index["bolt"])
	fmt.Println(arr, arr == [3]Loc{{'A', 1}, {'A', 2}, {}})

	r := ring.New(4)
	for i, name := range strings.Fields("dock1 dock2 dock3 dock4") {
		r.Value = name
		r = r.Next()
		_ = i
	}
	var assign []string
	for t := 0; t < 6; t++ {
		assign = append(assign, fmt.Sprintf("truck%d@%v", t, r.Value))
		r = r.Next()
	}
	fmt.Println(strings.Join(assign, ","))
}
