package main

import (
	"fmt"
	"sort"
)

type Pos struct{ Row, Col int }

func (p Pos) Add(d Pos) Pos { return Pos{p.Row + d.Row, p.Col + d.Col} }

type Crate struct {
	Label  string
	Weight int
}

type Warehouse struct {
	rows, cols int
	cells      map[Pos]Crate
}

func (w *Warehouse) Place(p Pos, c Crate) bool {
	if p.Row < 0 || p.Col < 0 || p.Row >= w.rows || p.Col >= w.cols {
		return false
	}
	if _, taken := w.cells[p]; taken {
		return false
	}
	w.cells[p] = c
	return true
}

func (w *Warehouse) Neighbors(p Pos) []Pos {
	var out []Pos
	for _, d := range [4]Pos{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		if _, ok := w.cells[p.Add(d)]; ok {
			out = append(out, p.Add(d))
		}
	}
	return out
}

func (w *Warehouse) Print() {
	for r := 0; r < w.rows; r++ {
		line := make([]byte, w.cols)
		for c := range line {
			if cr, ok := w.cells[Pos{r, c}]; ok {
				line[c] = cr.Label[0]
			} else {
				line[c] = '.'
			}
		}
		fmt.Println(string(line))
	}
}

func (w *Warehouse) Clusters() [][]Pos {
	seen := map[Pos]bool{}
	var keys []Pos
	for p := range w.cells {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Row != keys[j].Row {
			return keys[i].Row < keys[j].Row
		}
		return keys[i].Col < keys[j].Col
	})
	var groups [][]Pos
	for _, start := range keys {
		if seen[start] {
			continue
		}
		var group []Pos
		queue := []Pos{start}
		seen[start] = true
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			group = append(group, cur)
			for _, n := range w.Neighbors(cur) {
				if !seen[n] {
					seen[n] = true
					queue = append(queue, n)
				}
			}
		}
		groups = append(groups, group)
	}
	return groups
}

func main() {
	w := &Warehouse{rows: 4, cols: 6, cells: map[Pos]Crate{}}
	placements := []struct {
		p Pos
		c Crate
	}{
		{Pos{0, 0}, Crate{"apples", 20}}, {Pos{0, 1}, Crate{"bananas", 15}},
		{Pos{1, 1}, Crate{"cherries", 5}}, {Pos{3, 5}, Crate{"dates", 8}},
		{Pos{2, 4}, Crate{"eggs", 3}}, {Pos{3, 4}, Crate{"flour", 25}},
		{Pos{0, 0}, Crate{"grapes", 1}}, {Pos{4, 0}, Crate{"honey", 2}},
	}
	for _, pl := range placements {
		if !w.Place(pl.p, pl.c) {
			fmt.Printf("cannot place %s at %+v\n", pl.c.Label, pl.p)
		}
	}
	w.Print()
	for i, g := range w.Clusters() {
		total := 0
		for _, p := range g {
			total += w.cells[p].Weight
		}
		fmt.Printf("cluster %d: %v weight=%d\n", i, g, total)
	}
	fmt.Println(Pos{1, 2} == Pos{1, 2}, Pos{1, 2}.Add(Pos{-1, -2}) == Pos{})
	counts := map[[2]bool]int{}
	for p := range w.cells {
		counts[[2]bool{p.Row%2 == 0, p.Col%2 == 0}]++
	}
	fmt.Println(counts)
	type key struct {
		heavy bool
		first byte
	}
	idx := map[key][]string{}
	for _, c := range w.cells {
		k := key{c.Weight > 10, c.Label[0]}
		idx[k] = append(idx[k], c.Label)
	}
	fmt.Println(len(idx), idx[key{true, 'a'}], idx[key{false, 'e'}])
	fmt.Printf("%v %+v\n", w.cells[Pos{3, 4}], w.cells[Pos{9, 9}])
}
