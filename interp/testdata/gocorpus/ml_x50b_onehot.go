package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Encoder struct {
	cats map[string][]string
	cols []string
}

func Fit(rows []map[string]string) *Encoder {
	e := &Encoder{cats: map[string][]string{}}
	for _, r := range rows {
		for k, v := range r {
			if !slices.Contains(e.cats[k], v) {
				e.cats[k] = append(e.cats[k], v)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(e.cats)) {
		slices.Sort(e.cats[k])
		for _, v := range e.cats[k] {
			e.cols = append(e.cols, k+"="+v)
		}
	}
	return e
}

func (e *Encoder) Transform(r map[string]string) []int {
	out := make([]int, len(e.cols))
	for i, c := range e.cols {
		k, v, _ := strings.Cut(c, "=")
		if r[k] == v {
			out[i] = 1
		}
	}
	return out
}

func main() {
	rows := []map[string]string{
		{"color": "red", "size": "S", "shape": "round"},
		{"color": "green", "size": "M", "shape": "square"},
		{"color": "blue", "size": "L", "shape": "round"},
		{"color": "red", "size": "M", "shape": "oval"},
	}
	enc := Fit(rows)
	fmt.Println(strings.Join(enc.cols, " | "))
	for _, r := range rows {
		fmt.Println(enc.Transform(r), r)
	}
	unseen := map[string]string{"color": "purple", "size": "S"}
	fmt.Println(enc.Transform(unseen))
	counts := map[string]int{}
	for _, r := range rows {
		for k, v := range r {
			counts[k+":"+v]++
		}
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[:4] {
		fmt.Printf("%-14s %d\n", k, counts[k])
	}
}
