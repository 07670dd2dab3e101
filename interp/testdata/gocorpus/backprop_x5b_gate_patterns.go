// Exercises: add distributes, max routes, mul switches - gate patterns with a map keyed by a struct, upstream times local
package main

import (
	"fmt"
	"sort"
)

type key struct {
	gate  string
	input int
}

func main() {
	x, y, z, w := 3.0, -4.0, 2.0, -1.0
	// f = 2 * (x*y + max(z, w))
	xy := x * y
	mx := z
	if w > z {
		mx = w
	}
	s := xy + mx
	f := 2 * s
	local := map[key]float64{
		{"mul", 0}: y, {"mul", 1}: x,
		{"max", 0}: 1, {"max", 1}: 0,
		{"add", 0}: 1, {"add", 1}: 1,
	}
	df := 1.0
	ds := 2 * df
	grads := map[string]float64{
		"x": local[key{"mul", 0}] * local[key{"add", 0}] * ds,
		"y": local[key{"mul", 1}] * local[key{"add", 0}] * ds,
		"z": local[key{"max", 0}] * local[key{"add", 1}] * ds,
		"w": local[key{"max", 1}] * local[key{"add", 1}] * ds,
	}
	fmt.Println("f =", f)
	names := make([]string, 0, 4)
	for k := range grads {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("df/d%s = %v\n", n, grads[n])
	}
	keys := make([]key, 0, len(local))
	for k := range local {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].gate != keys[j].gate {
			return keys[i].gate < keys[j].gate
		}
		return keys[i].input < keys[j].input
	})
	fmt.Println(keys)
	fmt.Printf("%+v %v\n", keys[0], local[keys[len(keys)-1]])
}
