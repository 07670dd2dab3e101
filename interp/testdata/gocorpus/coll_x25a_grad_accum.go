package main

import (
	"fmt"
	"maps"
	"slices"
)

type Key struct {
	Layer int
	Name  string
}

func main() {
	grads := map[Key]float64{}
	batches := [][]struct {
		k Key
		g float64
	}{
		{{Key{0, "w"}, 0.5}, {Key{0, "b"}, -0.1}, {Key{1, "w"}, 1.25}},
		{{Key{0, "w"}, -0.25}, {Key{1, "b"}, 0.3}, {Key{1, "w"}, -0.75}},
		{{Key{0, "b"}, 0.2}, {Key{1, "w"}, 0.5}},
	}
	for _, batch := range batches {
		for _, e := range batch {
			grads[e.k] += e.g / float64(len(batches))
		}
	}
	keys := slices.SortedFunc(maps.Keys(grads), func(a, b Key) int {
		if a.Layer != b.Layer {
			return a.Layer - b.Layer
		}
		if a.Name < b.Name {
			return -1
		} else if a.Name > b.Name {
			return 1
		}
		return 0
	})
	for _, k := range keys {
		fmt.Printf("layer%d.%s: %.4f\n", k.Layer, k.Name, grads[k])
	}
	fmt.Println(grads)
	byLayer := map[int][]string{}
	for k := range grads {
		byLayer[k.Layer] = append(byLayer[k.Layer], k.Name)
	}
	for _, v := range byLayer {
		slices.Sort(v)
	}
	fmt.Println(byLayer)
	norm := 0.0
	for v := range maps.Values(grads) {
		norm += v * v
	}
	fmt.Printf("sq norm %.6f\n", norm)
	clipped := maps.Clone(grads)
	maps.DeleteFunc(clipped, func(k Key, v float64) bool { return v < 0 })
	fmt.Println(len(clipped), clipped)
}
